import { describe, expect, it } from 'vitest';
import { createRatingRepository, type RatingRequestRecord } from '../ratings/rating-repository';
import { openDatabase } from '../store/database';
import { storedArmsOf } from './stored-arms';

const request: RatingRequestRecord = {
  id: 'r1',
  ticketId: 't1',
  ticketNumber: 'A001',
  counterId: 'quay-1',
  officerId: 'can-bo-1',
  serviceId: 'ho-tich',
  dossierCode: null,
  deviceId: 'counter-pc-1',
  channel: 'page',
  armId: null,
  state: 'waiting',
  requestedAt: '2026-11-26T02:00:00.000Z',
  expiresAt: '2026-11-26T02:02:00.000Z',
  closedAt: null,
};

describe('stored keypad arms', () => {
  it('are read back from their rating requests, open until expiry or another close', () => {
    const database = openDatabase(':memory:');
    const ratings = createRatingRepository(database);
    ratings.openRequest(request);
    ratings.setChannel('r1', 'keypad', 'arm-1', '2026-11-26T02:00:30.000Z');
    const storedArm = storedArmsOf(database);
    expect(storedArm('arm-1')).toEqual({
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: 't1',
      officerId: 'can-bo-1',
      armedAt: Date.parse('2026-11-26T02:00:00.000Z'),
      expiresAt: Date.parse('2026-11-26T02:00:30.000Z'),
      disarmedAt: null,
    });
    // Expired: the window's end closes it, as for a live arm.
    ratings.expire('r1', '2026-11-26T02:00:31.000Z');
    expect(storedArm('arm-1')?.disarmedAt).toBeNull();
    expect(storedArm('arm-2')).toBeNull();
    // Cancelled by the counter's next request: closed then, whatever its expiry.
    ratings.openRequest({ ...request, id: 'r3', ticketId: 't3' });
    ratings.setChannel('r3', 'keypad', 'arm-3', '2026-11-26T02:10:30.000Z');
    const next = '2026-11-26T02:05:00.000Z';
    ratings.openRequest({ ...request, id: 'r4', ticketId: 't4', requestedAt: next });
    expect(storedArm('arm-3')?.disarmedAt).toBe(Date.parse(next));
    database.close();
  });
});
