import type { Language } from '@openops/client';

type Wording = { vi: string; en: string };

/**
 * The failures this screen makes itself when the server cannot be reached or does not answer.
 * They travel in a reply envelope (`internal`), like a refusal from the server, so they carry
 * their Vietnamese there; `linkFailureText` words them in the officer's language where shown.
 */
export const linkFailures = {
  /** Nothing is sent while the link is down (see `requestReply`). */
  notSent: {
    vi: 'Mất kết nối máy chủ, thao tác chưa được gửi; vui lòng thử lại',
    en: 'Server connection lost: the action was not sent; please try again',
  },
  /** No answer to a request that may still reach the server when the link returns. */
  noAnswerYet: {
    vi: 'Máy chủ chưa trả lời. Thao tác có thể vẫn được thực hiện khi mạng trở lại: xem lại số đang phục vụ trước khi bấm lại (no answer yet)',
    en: 'No answer from the server yet. The action may still be carried out when the network returns: check the current number before pressing again',
  },
  /** No answer to a timed action, which the server no longer carries out by now. */
  noAnswerToAction: {
    vi: 'Máy chủ không trả lời. Thao tác có thể đã được thực hiện hoặc chưa: xem lại số đang phục vụ trước khi bấm lại (no answer: it may or may not have been done)',
    en: 'No answer from the server. The action may or may not have been done: check the current number before pressing again',
  },
  /** A REST request (sign-in) that reached no server. */
  unreachable: {
    vi: 'Không kết nối được máy chủ, vui lòng thử lại',
    en: 'Could not reach the server; please try again',
  },
  /** A REST request (a reprint) that could not be sent. */
  notDelivered: {
    vi: 'Không gửi được tới máy chủ, vui lòng thử lại',
    en: 'Could not send to the server; please try again',
  },
} as const satisfies Record<string, Wording>;

const known: readonly Wording[] = Object.values(linkFailures);

/**
 * A reply's message as the officer reads it, in `language`: one of this screen's own link
 * failures in that language; any other message (the server's own words) as it was sent.
 */
export const linkFailureText = (message: string, language: Language): string => {
  if (language === 'vi') return message;
  return known.find((wording) => wording.vi === message)?.en ?? message;
};
