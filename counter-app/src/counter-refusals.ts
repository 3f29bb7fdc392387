import { interpolate, type Language } from '@openops/client';
import { assertNever, type CounterStateName, type ErrorBody } from '@openops/protocol';
import { messages } from './messages';
import { shortcutKeys } from './shortcuts';
import { linkFailureText } from './link-failure-text';
import { serverMessageText, serverRefusalText } from './server-message-text';

/** How a paused counter resumes, named as the screen shows it: the button and its key. */
const resumeWords = (language: Language): Record<string, string> => ({
  resume: messages[language].resume,
  key: shortcutKeys.pause,
});

/**
 * What the officer reads when the server refuses a counter action, in the officer's language:
 * the server's own words (in English its gloss, see `serverRefusalText`), except for a call on
 * a paused counter, which says how to resume (the server's text names only the pause and its
 * reason), and the screen's own link failures.
 */
export const refusalText = (
  error: Pick<ErrorBody, 'code' | 'message'>,
  counter: { name: string; reason: string | null },
  language: Language,
): string =>
  error.code === 'counter-paused'
    ? interpolate(messages[language].callWhilePaused, {
        counter: counter.name,
        reason: counter.reason ? `: ${counter.reason}` : '',
        ...resumeWords(language),
      })
    : serverRefusalText(linkFailureText(error.message, language), language);

/** Why a ticket scanned at the counter cannot be called now, or null when it can. */
export const scanBlockedBy = (
  state: CounterStateName,
  ticketAtCounter: boolean,
  language: Language,
): string | null => {
  switch (state) {
    case 'open':
      return ticketAtCounter ? messages[language].scanFinishFirst : null;
    case 'paused':
      return interpolate(messages[language].scanWhilePaused, resumeWords(language));
    case 'closed':
      return messages[language].scanNeedsOpen;
    default:
      return assertNever(state);
  }
};

/**
 * Whether a refused `counter:open` right after sign-in sends the officer back to choosing a
 * counter: every refusal (another officer holds it, the officer still holds another counter,
 * not assigned here, no such counter) but the screen's own "no answer" or "link down"
 * (`internal`, see `socket-request.ts`), which is tried again on the next connection.
 */
export const openRefused = (error: Pick<ErrorBody, 'code'>): boolean => error.code !== 'internal';

/**
 * Said on the sign-in screen when opening the chosen counter was refused, in `language`. The
 * reason is the server's own (Vietnamese with its English in brackets): the Vietnamese sentence
 * reads the same way.
 */
export const openRefusedNotice = (
  counterName: string,
  reason: string,
  language: Language,
): string =>
  language === 'en'
    ? `Could not open ${counterName}: ${serverMessageText(reason, 'en')}`
    : `Không mở được ${counterName} (could not open the counter): ${reason}`;

/**
 * Said on the sign-in screen when the server refused the officer's session on (re)connecting,
 * so the officer knows whether to sign in again or to ask an admin. An `unauthorized` refusal is
 * the server's own sentence on why the session ended (signed out elsewhere, expired, the account
 * disabled or removed); any other (a role no longer allowed here) follows "the session ended".
 */
export const sessionEndedNotice = (
  refusal: Pick<ErrorBody, 'code' | 'message'>,
  language: Language,
): string =>
  refusal.code === 'unauthorized'
    ? serverRefusalText(refusal.message, language)
    : language === 'en'
      ? `Your session has ended. ${serverRefusalText(refusal.message, 'en')}`
      : `Phiên làm việc đã kết thúc (your session has ended). ${refusal.message}`;
