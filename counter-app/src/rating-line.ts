import type { RatingRequestView } from '@openops/protocol';

/** How the rating line stands beside the ticket at the counter. */
export type RatingLine = {
  rating: RatingRequestView;
  /** The rating is of a ticket before the one now at the counter: the line says so. */
  earlier: boolean;
};

/**
 * The rating line to show, or null for none. The latest rating request is of the ticket just
 * finished; once another ticket is at the counter, a line "A001: Đã nhận đánh giá" beside it
 * would read as that ticket's. So it shows as is while no other ticket is at the counter, and
 * with "earlier" while the previous citizen may still press the keypad; once that rating is
 * settled (received, expired, cancelled), it goes.
 */
export const ratingLine = (
  rating: RatingRequestView | null,
  currentTicketId: string | null,
): RatingLine | null => {
  if (!rating) return null;
  if (currentTicketId === null || currentTicketId === rating.ticketId) {
    return { rating, earlier: false };
  }
  return rating.state === 'waiting' ? { rating, earlier: true } : null;
};
