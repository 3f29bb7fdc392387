import type { Rating } from '@openops/protocol';
import type { SqliteDatabase } from '../store/database';
import { enqueue } from './outbox';
import { ratingToNational } from './national-adapter';

/**
 * The ratings' `onStored` hook (wired in server.ts) runs this inside the transaction that stores a rating, so the rating
 * and its sync record commit together. Each rating is its own order key: ratings are
 * independent of one another. Returns false when this rating was already queued.
 */
export const enqueueRating = (database: SqliteDatabase, rating: Rating): boolean =>
  enqueue(database, {
    kind: 'rating',
    orderKey: `rating:${rating.id}`,
    field: rating.serviceId,
    idempotencyKey: `rating:${rating.id}`,
    payload: ratingToNational(rating),
    createdAt: rating.ratedAt,
  });
