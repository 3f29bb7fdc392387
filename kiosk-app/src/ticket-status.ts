import { assertNever, type Counter, type QueuePosition, type Ticket } from '@openops/protocol';
import { formatDay } from './format';
import type { MessageKey } from './messages';

/**
 * What the "where is my number" screen says. A waiting ticket shows its place in the queue;
 * every other case is one sentence, with values for both languages (the Vietnamese sentence
 * names the counter as its sign does, the English one by number).
 */
export type TicketStatus =
  | { kind: 'waiting'; position: QueuePosition | null }
  | { kind: 'sentence'; key: MessageKey; values: Record<string, string | number> };

const sentence = (key: MessageKey, values: Record<string, string | number> = {}): TicketStatus => ({
  kind: 'sentence',
  key,
  values,
});

/**
 * Chooses what to tell the citizen about a scanned ticket. A ticket of another day comes first
 * whatever its state: numbering restarts every day, so its number now means someone else.
 * A call to a counter the kiosk does not know (configuration changed since its snapshot) still
 * says the number was called, and points to the calling screens.
 */
export const ticketStatusOf = (
  ticket: Ticket,
  position: QueuePosition | null,
  counters: readonly Counter[],
  today: string,
): TicketStatus => {
  if (ticket.businessDay !== today) {
    return sentence('statusOtherDay', { day: formatDay(ticket.businessDay) });
  }
  const counter = counters.find((candidate) => candidate.id === ticket.counterId);
  const at = counter ? { counter: counter.name, number: counter.number } : null;
  switch (ticket.state) {
    case 'waiting':
      return { kind: 'waiting', position };
    case 'called':
      return at ? sentence('statusCalled', at) : sentence('statusCalledSomewhere');
    case 'serving':
      return at ? sentence('statusServing', at) : sentence('statusServingSomewhere');
    case 'done':
      return sentence('statusDone');
    case 'no-show':
      return sentence('statusNoShow');
    case 'cancelled':
      return sentence('statusCancelled');
    default:
      return assertNever(ticket.state);
  }
};
