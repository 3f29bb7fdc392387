import { createRatingRepository } from '../ratings/rating-repository';
import type { SqliteDatabase } from '../store/database';
import type { StoredArm } from './keypad-dispatcher';

/**
 * Keypad arms as their rating requests keep them, across a restart of the server: the arm's
 * device, counter, ticket and officer, armed when the request was made, open until it expires
 * or is closed otherwise (rated at the screen, cancelled).
 */
export const storedArmsOf = (database: SqliteDatabase) => {
  const ratings = createRatingRepository(database);
  return (armId: string): StoredArm | null => {
    const request = ratings.requestByArm(armId);
    if (!request?.deviceId) return null;
    const closedOtherwise =
      request.state !== 'waiting' && request.state !== 'expired' && request.closedAt !== null;
    return {
      deviceId: request.deviceId,
      counterId: request.counterId,
      ticketId: request.ticketId,
      officerId: request.officerId,
      armedAt: Date.parse(request.requestedAt),
      expiresAt: Date.parse(request.expiresAt),
      disarmedAt: closedOtherwise && request.closedAt ? Date.parse(request.closedAt) : null,
    };
  };
};
