import { assertNever, type CheckInWindowDetails } from '@openops/protocol';
import type { KioskError } from './kiosk-api';
import { formatDay } from './format';
import { text, type Text } from './kiosk-text';

/** What the appointment screen says about a refused check-in, and whether to offer a normal ticket. */
export type CheckInRefusal = {
  text: Text;
  /** The booked service, when taking an ordinary number for it is the advice; null otherwise. */
  ordinaryServiceId: string | null;
};

/** `HH:mm` of an instant in the centre's time zone, the same in both languages. */
const clockTime = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

const outsideWindow = (window: CheckInWindowDetails, timeZone: string): CheckInRefusal => {
  const from = clockTime(window.opensAt, timeZone);
  const to = clockTime(window.closesAt, timeZone);
  const day = formatDay(window.slotDay);
  switch (window.timing) {
    case 'too-early':
      return { text: text('appointmentTooEarly', { from, to }), ordinaryServiceId: null };
    case 'too-late':
      return { text: text('appointmentTooLate', { to }), ordinaryServiceId: window.serviceId };
    case 'before-the-day':
      return { text: text('appointmentLaterDay', { day, from, to }), ordinaryServiceId: null };
    case 'after-the-day':
      return { text: text('appointmentPastDay', { day }), ordinaryServiceId: window.serviceId };
    default:
      return assertNever(window.timing);
  }
};

/**
 * The kiosk's own words for each refusal code, never the server's text (Vietnamese with an
 * English gloss): a late citizen is told to take an ordinary number, an early one when to
 * come back, in the language on screen, with times as `HH:mm` and days as `dd/MM/yyyy`.
 */
export const checkInRefusal = (error: KioskError, timeZone: string): CheckInRefusal => {
  const only = (message: Text): CheckInRefusal => ({ text: message, ordinaryServiceId: null });
  switch (error.code) {
    case 'not-found':
      return only(text('appointmentNotFound'));
    case 'bad-request':
      return only(text('appointmentBadCode'));
    case 'appointment-used':
      return only(text('appointmentUsed'));
    case 'conflict':
      // The only conflict a check-in answers: the appointment was cancelled.
      return only(text('appointmentCancelled'));
    case 'outside-check-in-window':
      return error.details?.kind === 'check-in-window'
        ? outsideWindow(error.details, timeZone)
        : only(text('appointmentOutsideWindow'));
    case 'service-closed':
    case 'daily-limit-reached':
      return only(text('appointmentServiceUnavailable'));
    case 'unreachable':
    case 'request-expired':
      return only(text('appointmentFailed', { message: text('timeout') }));
    default:
      return only(text('appointmentFailedAsk'));
  }
};
