import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { namespaces } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';
import { demoCentre } from '../config/demo-centre';
import { roleNamespace } from './socket-auth';
import { disconnectRemovedRatingScreens, refuseUnknownRatingCounter } from './rating-screen-guard';

const cleanUps: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
});

/** A real `/counter` namespace with the handshake check of an open demo server, then the guard. */
const serverWith = async (config: { current: () => CentreConfig }) => {
  const http = createServer();
  const io = new Server(http);
  roleNamespace(io, namespaces.counter);
  io.of(namespaces.counter).use(refuseUnknownRatingCounter(config));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  cleanUps.push(() => io.close());
  return { io, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
};

type Refusal = { code: string; message: string };

const connectCounter = (url: string, auth: Record<string, unknown>): Promise<ClientSocket> =>
  new Promise((resolve, reject) => {
    const socket = connect(`${url}${namespaces.counter}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    cleanUps.push(() => {
      socket.close();
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: Refusal }) => reject(error));
  });

describe('a rating screen’s counter', () => {
  it('is checked against the configured counters at the handshake', async () => {
    const { url } = await serverWith({ current: () => demoCentre });
    await expect(
      connectCounter(url, { deviceId: 'rating-quay-3', ratingCounterId: 'quay-3' }),
    ).resolves.toMatchObject({ connected: true });
    // A counter PC names no counter: nothing to check.
    await expect(connectCounter(url, { deviceId: 'counter-pc-1' })).resolves.toMatchObject({
      connected: true,
    });
    const refused = await connectCounter(url, {
      deviceId: 'rating-quay-9',
      ratingCounterId: 'quay-9',
    }).then(
      () => null,
      (error: { data?: Refusal }) => error.data ?? null,
    );
    expect(refused).toEqual({
      code: 'not-found',
      message:
        'Quầy "quay-9" chưa có trong cấu hình trung tâm (counter "quay-9" is not configured)',
    });
  });

  it('disconnects the rating screens of a counter the configuration no longer has', async () => {
    let config: CentreConfig = demoCentre;
    const { io, url } = await serverWith({ current: () => config });
    const tablet3 = await connectCounter(url, {
      deviceId: 'rating-quay-3',
      ratingCounterId: 'quay-3',
    });
    const tablet4 = await connectCounter(url, {
      deviceId: 'rating-quay-4',
      ratingCounterId: 'quay-4',
    });
    const pc = await connectCounter(url, { deviceId: 'counter-pc-4' });
    const gone = new Promise<string>((resolve) => tablet4.once('disconnect', resolve));
    config = { ...demoCentre, counters: demoCentre.counters.filter(({ id }) => id !== 'quay-4') };
    expect(disconnectRemovedRatingScreens(io, { current: () => config })).toBe(1);
    expect(await gone).toBe('io server disconnect');
    expect([tablet3.connected, pc.connected]).toEqual([true, true]);
  });
});
