import { describe, expect, it } from 'vitest';
import { signInText, type SignInMessage } from './sign-in-text';

const vietnameseLetter = /[À-ỹĐđ]/u;

const own: readonly SignInMessage[] = [
  { kind: 'account-needed' },
  { kind: 'password-needed' },
  { kind: 'choose-counter' },
];

describe('signInText', () => {
  it('keeps the Vietnamese the sign-in screen always said', () => {
    expect(own.map((message) => signInText(message, 'vi'))).toEqual([
      'Nhập tên đăng nhập của cán bộ (sign in with your account)',
      'Nhập mật khẩu (password required)',
      'Chọn quầy bên dưới để vào làm việc (choose your counter below)',
    ]);
    expect(
      signInText(
        { kind: 'not-assigned', officerName: 'Nguyễn Văn An', counterName: 'Quầy 4' },
        'vi',
      ),
    ).toBe('Nguyễn Văn An không được phân công tại Quầy 4');
  });

  it('says the screen’s own messages in English only', () => {
    expect(own.map((message) => signInText(message, 'en'))).toEqual([
      'Enter your officer user name',
      'Enter your password',
      'Choose your counter below',
    ]);
    own.forEach((message) => expect(signInText(message, 'en')).not.toMatch(vietnameseLetter));
    expect(
      signInText(
        { kind: 'not-assigned', officerName: 'Nguyễn Văn An', counterName: 'Quầy 4' },
        'en',
      ),
    ).toBe('Nguyễn Văn An is not assigned to Quầy 4');
  });

  it('words why the officer is back here, with the server’s reason', () => {
    const held = 'Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)';
    const refused: SignInMessage = { kind: 'open-refused', counterName: 'Quầy 1', reason: held };
    expect(signInText(refused, 'vi')).toBe(
      `Không mở được Quầy 1 (could not open the counter): ${held}`,
    );
    expect(signInText(refused, 'en')).toBe('Could not open Quầy 1: Quầy 1 is held by Lê Thị Bình');
    const ended: SignInMessage = {
      kind: 'session-ended',
      refusal: {
        code: 'forbidden',
        message: 'Vai trò display không được vào /counter (role not allowed here)',
      },
    };
    expect(signInText(ended, 'en')).toBe('Your session has ended. Role not allowed here');
  });

  it('words a server out of reach in the language on screen', () => {
    const unreachable: SignInMessage = {
      kind: 'server',
      message: 'Không kết nối được máy chủ, vui lòng thử lại',
    };
    expect(signInText(unreachable, 'vi')).toBe('Không kết nối được máy chủ, vui lòng thử lại');
    expect(signInText(unreachable, 'en')).toBe('Could not reach the server; please try again');
    const wrong: SignInMessage = {
      kind: 'server',
      message: 'Sai tên đăng nhập hoặc mật khẩu (wrong user name or password)',
    };
    expect(signInText(wrong, 'vi')).toBe(wrong.message);
    expect(signInText(wrong, 'en')).toBe('Wrong user name or password');
  });
});
