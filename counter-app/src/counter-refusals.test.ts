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

  it('keeps the server’s words for every other refusal', () => {
    const busy = { code: 'no-ticket-waiting', message: 'Không còn ai chờ' } as const;
    expect(refusalText(busy, { name: 'Quầy 1', reason: null }, 'en')).toBe('Không còn ai chờ');
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
  it('say why the officer is back at the sign-in screen, Vietnamese first', () => {
    expect(
      openRefusedNotice(
        'Quầy 1',
        'Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)',
      ),
    ).toBe(
      'Không mở được Quầy 1 (could not open the counter): Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)',
    );
    expect(
      sessionEndedNotice({
        code: 'unauthorized',
        message:
          'Tài khoản đã bị vô hiệu hoá, liên hệ quản trị viên (the account was disabled: ask an admin)',
      }),
    ).toBe(
      'Tài khoản đã bị vô hiệu hoá, liên hệ quản trị viên (the account was disabled: ask an admin)',
    );
    expect(
      sessionEndedNotice({
        code: 'forbidden',
        message: 'Vai trò display không được vào /counter (role not allowed here)',
      }),
    ).toBe(
      'Phiên làm việc đã kết thúc (your session has ended). Vai trò display không được vào /counter (role not allowed here)',
    );
  });
});
