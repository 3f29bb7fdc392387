import type { Language } from '@openops/client';
import { actionSources, assertNever, type TicketAction, type TicketState } from '@openops/protocol';
import { shortcutKeys, type CounterAction } from './shortcuts';

/** Where the ticket at the counter stands: called and not yet come, or being served. */
export type TicketPhase = 'called' | 'serving';

/** The ticket at the counter, as the action bar needs it; null when nobody is at it. */
export type TicketAtCounter = { number: string; phase: TicketPhase } | null;

/** The ticket action each counter action takes; null for one not about the current ticket. */
const ticketActionOf = (action: CounterAction): TicketAction | null => {
  switch (action) {
    case 'recall':
    case 'start':
    case 'no-show':
    case 'finish':
    case 'transfer':
      return action;
    case 'return-to-queue':
      return 'return';
    case 'call-next':
    case 'receive-dossier':
    case 'return-dossier':
    case 'pause':
    case 'help':
      return null;
    default:
      return assertNever(action);
  }
};

const isPhase = (state: TicketState): state is TicketPhase =>
  state === 'called' || state === 'serving';

/**
 * The phases each action on the current ticket starts from, by the server's own rules
 * (`actionSources`), or null for an action that is not about the current ticket (calls,
 * dossiers, pause, the key list), offered whatever the ticket.
 */
export const phasesFor = (action: CounterAction): readonly TicketPhase[] | null => {
  const ticketAction = ticketActionOf(action);
  return ticketAction === null ? null : actionSources(ticketAction).filter(isPhase);
};

type Wording = { vi: string; en: string };

/** What each action on the current ticket does, as the end of "cannot …". */
const verbs: Partial<Record<CounterAction, Wording>> = {
  recall: { vi: 'gọi lại', en: 'be recalled' },
  start: { vi: 'bắt đầu phục vụ lần nữa', en: 'be started again' },
  'no-show': { vi: 'ghi vắng mặt', en: 'be marked as a no-show' },
  finish: { vi: 'hoàn thành', en: 'be finished' },
  transfer: { vi: 'chuyển', en: 'be transferred' },
  'return-to-queue': { vi: 'trả về hàng chờ', en: 'be returned to the queue' },
};

const phaseWords: Record<TicketPhase, Wording> = {
  called: { vi: 'đã được gọi, công dân chưa đến', en: 'is called, the citizen has not come' },
  serving: { vi: 'đang được phục vụ', en: 'is being served' },
};

/**
 * Why `action` cannot be taken on the ticket at the counter now, in `language`, or null when it
 * can: the button is then disabled, and its key says this instead of asking the server, which
 * would refuse it.
 */
export const ticketActionBlock = (
  action: CounterAction,
  ticket: TicketAtCounter,
  language: Language,
): string | null => {
  const phases = phasesFor(action);
  if (phases === null) return null;
  if (ticket === null) {
    return language === 'en'
      ? `No number is at the counter: call one first (${shortcutKeys['call-next']}).`
      : `Chưa có số nào ở quầy: gọi số trước (${shortcutKeys['call-next']}).`;
  }
  if (phases.includes(ticket.phase)) return null;
  const verb = verbs[action] ?? { vi: 'làm việc này', en: 'take this action' };
  const state = phaseWords[ticket.phase];
  return language === 'en'
    ? `${ticket.number} ${state.en}: it cannot ${verb.en}.`
    : `Số ${ticket.number} ${state.vi}: không thể ${verb.vi}.`;
};
