import type { Language } from '@openops/client';
import { serverMessageText } from '../server-message-text';
import type { FloorCounter } from '@openops/protocol';

const ticketStateNames: Record<Language, Record<string, string>> = {
  vi: { called: 'đang mời', serving: 'đang phục vụ' },
  en: { called: 'called', serving: 'being served' },
};

/**
 * Whether a supervisor may free the counter: open or paused, held by an officer (who may have
 * signed out without closing it, so nobody else can open it).
 */
export const isReleasable = (counter: FloorCounter): boolean =>
  counter.state !== 'closed' && counter.officerId !== null;

/** The confirmation's title and sentences: who holds the counter, who goes back to the queue. */
export const releaseQuestion = (
  counter: FloorCounter,
  language: Language,
): { title: string; lines: string[] } => {
  const { name, current } = counter;
  const stateName = current ? (ticketStateNames[language][current.state] ?? current.state) : null;
  if (language === 'en') {
    const officer = counter.officerName ?? counter.officerId;
    const heldBy = officer ? `officer ${officer}` : 'an unknown officer';
    return {
      title: `Release ${name}?`,
      lines: [
        `${name} is ${counter.state === 'paused' ? 'paused' : 'open'}, held by ${heldBy}.`,
        current
          ? `Ticket ${current.number} (${stateName}) will go back to the queue, in its old place.`
          : 'No ticket is at the counter.',
        `${name} will close so that another officer can open it.`,
      ],
    };
  }
  const officer = counter.officerName ?? counter.officerId ?? 'không rõ';
  const state = counter.state === 'paused' ? 'đang tạm dừng' : 'đang mở';
  return {
    title: `Giải phóng ${name}?`,
    lines: [
      `${name} ${state}, do cán bộ ${officer} giữ.`,
      current
        ? `Số ${current.number} (${stateName}) sẽ trở lại hàng chờ, ở đúng vị trí cũ.`
        : 'Không có số nào đang ở quầy.',
      `${name} sẽ đóng để cán bộ khác mở được.`,
    ],
  };
};

/**
 * What a release came to: the counter freed, with the numbers it sent back to the queue (null
 * when the reply could not be read: freed all the same), or refused with the server's reason.
 */
export type ReleaseOutcome =
  | { refused: false; counterName: string; returned: readonly string[] | null }
  | { refused: true; counterName: string; reason: string };

/** What the release did: "Đã giải phóng Quầy 1; số A009 trở lại hàng chờ." */
export const releaseOutcomeText = (outcome: ReleaseOutcome, language: Language): string => {
  const { counterName } = outcome;
  if (outcome.refused) {
    return language === 'en'
      ? `Could not release ${counterName}: ${serverMessageText(outcome.reason, 'en')}`
      : `Chưa giải phóng được ${counterName}: ${outcome.reason}`;
  }
  const numbers = outcome.returned;
  if (language === 'en') {
    if (numbers === null) return `Released ${counterName}.`;
    if (numbers.length === 0) {
      return `Released ${counterName}; no ticket had to go back to the queue.`;
    }
    return numbers.length === 1
      ? `Released ${counterName}; ticket ${numbers.join('')} is back in the queue.`
      : `Released ${counterName}; tickets ${numbers.join(', ')} are back in the queue.`;
  }
  if (numbers === null) return `Đã giải phóng ${counterName}.`;
  if (numbers.length === 0) {
    return `Đã giải phóng ${counterName}; không có số nào phải trả lại hàng chờ.`;
  }
  return numbers.length === 1
    ? `Đã giải phóng ${counterName}; số ${numbers.join('')} trở lại hàng chờ.`
    : `Đã giải phóng ${counterName}; các số ${numbers.join(', ')} trở lại hàng chờ.`;
};
