import type { RatingRequestView } from '@openops/protocol';
import { assertNever } from '@openops/protocol';
import { ratingLine } from './rating-line';
import { useText } from './ui-language';

type Props = {
  rating: RatingRequestView | null;
  /** The ticket at the counter now: a rating of another one is labelled or left out (`ratingLine`). */
  currentTicketId: string | null;
  texts: {
    waiting: string;
    received: string;
    expired: string;
    cancelled: string;
    onPage: string;
    /** "Số trước": the rating is of the ticket before the one at the counter. */
    earlier: string;
  };
};

/** What the officer sees of a rating: that it is awaited or arrived, never its level. */
export const RatingStatus = ({ rating, currentTicketId, texts }: Props) => {
  const tx = useText();
  const line = ratingLine(rating, currentTicketId);
  if (!line) return null;
  const { state, channel, ticketNumber } = line.rating;
  const text = (() => {
    switch (state) {
      case 'waiting':
        return channel === 'page' ? `${texts.waiting} ${texts.onPage}` : texts.waiting;
      case 'received':
        return texts.received;
      case 'expired':
        return texts.expired;
      case 'cancelled':
        return texts.cancelled;
      default:
        return assertNever(state);
    }
  })();
  return (
    <p role="status" aria-label={tx('Đánh giá', 'Rating')} className={`rating rating-${state}`}>
      {line.earlier ? `${texts.earlier} ${ticketNumber}` : ticketNumber}: {text}
    </p>
  );
};
