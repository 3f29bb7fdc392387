import type { Counter, Ticket } from '@openops/protocol';
import type { TicketRepository } from '../store/ticket-repository';
import type { Actor } from './actor';

/**
 * Puts the tickets transferred to a closing counter back in their queue for any counter serving
 * it: the queue the transfer chose (`queue_service_id`), the counter marking cleared. Their place
 * (`queued_at`) is left as the transfer set it by `transferKeepsPlace`, so closing neither sends
 * them to the end of the queue nor moves them ahead of where the transfer put them. Each gets a
 * `returned` event, as when an officer returns a ticket to the queue, naming who closed which
 * counter when. Runs in the close's transaction: the counter is never closed with a ticket still
 * marked for it. Returns the tickets put back.
 */
export const releaseTransfersTo = (
  tickets: Pick<TicketRepository, 'waitingTransferredTo' | 'change'>,
  counter: Counter,
  businessDay: string,
  actor: Actor,
  at: string,
): Ticket[] =>
  tickets.waitingTransferredTo(businessDay, counter.id).flatMap((ticket) => {
    const released = tickets.change(
      ticket.id,
      ['waiting'],
      { target_counter_id: null },
      {
        type: 'returned',
        actor: actor.id,
        counterId: counter.id,
        at,
        detail: `trả về hàng chờ của dịch vụ khi ${counter.name} đóng`,
      },
    );
    return released ? [released] : [];
  });
