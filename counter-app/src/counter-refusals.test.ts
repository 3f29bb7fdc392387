import { describe, expect, it } from 'vitest';
import {
  openRefused,
  openRefusedNotice,
  refusalText,
  scanBlockedBy,
  sessionEndedNotice,
} from './counter-refusals';
import { shortcutKeys } from './shortcuts';

const paused = {
  code: 'counter-paused',
  message: 'Quầy 1 đang tạm dừng: Họp (counter paused)',
} as const;

describe('refusalText', () => {
  it('says how to resume a paused counter, with its key', () => {
    expect(shortcutKeys.pause).toBe('F10');
    expect(refusalText(paused, { name: 'Quầy 1', reason: 'Họp' }, 'vi')).toBe(
      'Quầy 1 đang tạm dừng: Họp. Nhấn "Tiếp tục" (F10) để mở lại quầy rồi gọi số.',
    );
    expect(refusalText(paused, { name: 'Quầy 1', reason: null }, 'vi')).toBe(
      'Quầy 1 đang tạm dừng. Nhấn "Tiếp tục" (F10) để mở lại quầy rồi gọi số.',
    );
    expect(refusalText(paused, { name: 'Quầy 1', reason: 'Họp' }, 'en')).toBe(
      'Quầy 1 is paused: Họp. Press "Resume" (F10) to reopen it, then call.',
    );
  });

  it('keeps the server’s words for every other refusal, in English its gloss', () => {
    const nobody = {
      code: 'no-ticket-waiting',
      message: 'Không còn công dân nào đang chờ cho quầy này (nobody is waiting for this counter)',
    } as const;
    expect(refusalText(nobody, { name: 'Quầy 1', reason: null }, 'vi')).toBe(nobody.message);
    expect(refusalText(nobody, { name: 'Quầy 1', reason: null }, 'en')).toBe(
      'Nobody is waiting for this counter',
    );
    // A sentence with no English is shown as sent rather than not at all.
    const bare = { code: 'conflict', message: 'Không còn ai chờ' } as const;
    expect(refusalText(bare, { name: 'Quầy 1', reason: null }, 'en')).toBe('Không còn ai chờ');
  });
});

describe('scanBlockedBy', () => {
  it('lets a scanned ticket be called only at an open counter with nobody at it', () => {
    expect(scanBlockedBy('open', false, 'vi')).toBeNull();
    expect(scanBlockedBy('open', true, 'vi')).toMatch(/^Quầy đang có số/);
    expect(scanBlockedBy('closed', false, 'vi')).toBe(
      'Quầy chưa mở: mở quầy rồi quét lại phiếu để gọi số đó.',
    );
  });

  it('tells a paused counter to press "Tiếp tục", not to open it', () => {
    expect(scanBlockedBy('paused', false, 'vi')).toBe(
      'Quầy đang tạm dừng: nhấn "Tiếp tục" (F10) để mở lại quầy, rồi quét lại phiếu để gọi số đó.',
    );
    expect(scanBlockedBy('paused', true, 'en')).toBe(
      'The counter is paused: press "Resume" (F10) to reopen it, then scan the ticket again to call it.',
    );
  });
});

describe('openRefused', () => {
  it('sends the officer back on a refusal, not on a lost answer', () => {
    expect(openRefused({ code: 'counter-busy' })).toBe(true);
    expect(openRefused({ code: 'forbidden' })).toBe(true);
    expect(openRefused({ code: 'not-found' })).toBe(true);
    expect(openRefused({ code: 'internal' })).toBe(false);
  });
});

describe('sign-in notices', () => {
  const held = 'Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)';
  const disabled = {
    code: 'unauthorized',
    message:
      'Tài khoản đã bị vô hiệu hoá, liên hệ quản trị viên (the account was disabled: ask an admin)',
  } as const;
  const roleRefused = {
    code: 'forbidden',
    message: 'Vai trò display không được vào /counter (role not allowed here)',
  } as const;

  it('say why the officer is back at the sign-in screen, in Vietnamese', () => {
    expect(openRefusedNotice('Quầy 1', held, 'vi')).toBe(
      'Không mở được Quầy 1 (could not open the counter): Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)',
    );
    expect(sessionEndedNotice(disabled, 'vi')).toBe(disabled.message);
    expect(sessionEndedNotice(roleRefused, 'vi')).toBe(
      'Phiên làm việc đã kết thúc (your session has ended). Vai trò display không được vào /counter (role not allowed here)',
    );
  });

  it('and in English, the server’s reason in English', () => {
    expect(openRefusedNotice('Quầy 1', held, 'en')).toBe(
      'Could not open Quầy 1: Quầy 1 is held by Lê Thị Bình',
    );
    expect(sessionEndedNotice(disabled, 'en')).toBe('The account was disabled: ask an admin');
    expect(sessionEndedNotice(roleRefused, 'en')).toBe(
      'Your session has ended. Role not allowed here',
    );
  });
});

describe('refusalText of the screen’s own failures', () => {
  it('words a link failure in the officer’s language', () => {
    const notSent = {
      code: 'internal',
      message: 'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại',
    } as const;
    expect(refusalText(notSent, { name: 'Quầy 1', reason: null }, 'vi')).toBe(notSent.message);
    expect(refusalText(notSent, { name: 'Quầy 1', reason: null }, 'en')).toBe(
      'Server connection lost: the action was not sent; please try again',
    );
  });
});
