import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSummary } from '@openops/protocol';
import { connectRole, listenTo } from './role-socket';

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

const summary = (count: number): QueueSummary => ({
  businessDay: '2026-11-26',
  waiting: [{ serviceId: 'ho-tich', count }],
  numbersUsedUp: [],
  notIssuingNow: [],
});

describe('listenTo', () => {
  it('hears the listed events until its stop is called, then nothing', async () => {
    // A bare socket.io server on a free port, standing in for the queue server's namespace.
    const io = new Server(0);
    const kioskNamespace = io.of('/kiosk');
    closers.push(() => void io.close());
    const address = io.httpServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://127.0.0.1:${port}`;
    const kiosk = connectRole('kiosk', url, 'kiosk-1');
    closers.push(() => kiosk.close());
    await new Promise<void>((resolve, reject) => {
      kiosk.once('connect', resolve);
      kiosk.once('connect_error', reject);
    });

    const heard: number[] = [];
    const stop = listenTo(kiosk, {
      'queue:summary': (next) => heard.push(next.waiting[0]?.count ?? -1),
    });
    const sendAndWait = async (count: number): Promise<void> => {
      kioskNamespace.emit('queue:summary', summary(count));
      // A second event after it, heard by a listener of its own, marks that the first arrived.
      await new Promise<void>((resolve) => {
        kiosk.once('centre:snapshot', () => resolve());
        kioskNamespace.emit('centre:snapshot', {} as never);
      });
    };
    await sendAndWait(3);
    stop();
    await sendAndWait(4);
    expect(heard).toEqual([3]);
  });
});
