import type { RatingRequestView } from '@openops/protocol';
import { assertNever } from '@openops/protocol';

type Props = {
  rating: RatingRequestView | null;
  texts: { waiting: string; received: string; expired: string; cancelled: string; onPage: string };
};

/** What the officer sees of a rating: that it is awaited or arrived, never its level. */
export const RatingStatus = ({ rating, texts }: Props) => {
  if (!rating) return null;
  const text = (() => {
    switch (rating.state) {
      case 'waiting':
        return rating.channel === 'page' ? `${texts.waiting} ${texts.onPage}` : texts.waiting;
      case 'received':
        return texts.received;
      case 'expired':
        return texts.expired;
      case 'cancelled':
        return texts.cancelled;
      default:
        return assertNever(rating.state);
    }
  })();
  return (
    <p role="status" aria-label="Đánh giá" className={`rating rating-${rating.state}`}>
      {rating.ticketNumber}: {text}
    </p>
  );
};
