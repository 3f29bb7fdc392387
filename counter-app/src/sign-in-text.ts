import type { Language } from '@openops/client';
import { assertNever, type ErrorBody } from '@openops/protocol';
import { openRefusedNotice, sessionEndedNotice } from './counter-refusals';
import { linkFailureText } from './link-failure-text';
import { serverRefusalText } from './server-message-text';

/**
 * What the sign-in screen says beside a field or under the counters, kept as what happened and
 * worded when shown (`signInText`), so switching the language rewords it.
 */
export type SignInMessage =
  /** A counter chosen without an account where the server needs one. */
  | { kind: 'account-needed' }
  | { kind: 'password-needed' }
  /** Enter after the password: the sign-in happens at a counter. */
  | { kind: 'choose-counter' }
  /** The account may not work at the counter chosen. */
  | { kind: 'not-assigned'; officerName: string; counterName: string }
  /** Opening the counter was refused right after sign-in (see `openRefused`). */
  | { kind: 'open-refused'; counterName: string; reason: string }
  /** The server ended the session (see `useSessionRefusal`). */
  | { kind: 'session-ended'; refusal: Pick<ErrorBody, 'code' | 'message'> }
  /** The server's refusal of the sign-in, or the screen's own failure to reach it. */
  | { kind: 'server'; message: string };

/** The message in `language`. */
export const signInText = (message: SignInMessage, language: Language): string => {
  const en = language === 'en';
  switch (message.kind) {
    case 'account-needed':
      return en
        ? 'Enter your officer user name'
        : 'Nhập tên đăng nhập của cán bộ (sign in with your account)';
    case 'password-needed':
      return en ? 'Enter your password' : 'Nhập mật khẩu (password required)';
    case 'choose-counter':
      return en
        ? 'Choose your counter below'
        : 'Chọn quầy bên dưới để vào làm việc (choose your counter below)';
    case 'not-assigned':
      return en
        ? `${message.officerName} is not assigned to ${message.counterName}`
        : `${message.officerName} không được phân công tại ${message.counterName}`;
    case 'open-refused':
      return openRefusedNotice(message.counterName, message.reason, language);
    case 'session-ended':
      return sessionEndedNotice(message.refusal, language);
    case 'server':
      return serverRefusalText(linkFailureText(message.message, language), language);
    default:
      return assertNever(message);
  }
};
