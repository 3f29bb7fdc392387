import { describe, expect, it } from 'vitest';
import type { RatingRequestView } from '@openops/protocol';
import { ratingLine } from './rating-line';

const rating = (state: RatingRequestView['state']): RatingRequestView => ({
  requestId: 'r1',
  counterId: 'quay-1',
  counterNumber: 1,
  ticketId: 't1',
  ticketNumber: 'A001',
  channel: 'keypad',
  state,
  requestedAt: '2026-11-26T03:00:00.000Z',
  expiresAt: '2026-11-26T03:01:00.000Z',
  receivedAt: null,
});

describe('the rating line beside the ticket at the counter', () => {
  it('shows the finished ticket’s rating while no other ticket is at the counter', () => {
    expect(ratingLine(rating('received'), null)).toEqual({
      rating: rating('received'),
      earlier: false,
    });
    expect(ratingLine(rating('waiting'), 't1')?.earlier).toBe(false);
  });

  it('never shows a settled rating beside another ticket', () => {
    for (const state of ['received', 'expired', 'cancelled'] as const) {
      expect(ratingLine(rating(state), 't2')).toBeNull();
    }
  });

  it('labels a rating still awaited from the previous citizen once the next is called', () => {
    expect(ratingLine(rating('waiting'), 't2')).toEqual({
      rating: rating('waiting'),
      earlier: true,
    });
    expect(ratingLine(null, 't2')).toBeNull();
  });
});
