import { expect, test } from '@playwright/test';
import type { Call, IssuedTicket, Ticket } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api } from '../support/server-auth';
import { connectAs } from '../support/server-sockets';

/**
 * Every acknowledged change is committed before its ack: the server is killed with SIGKILL in
 * the middle of a burst of concurrent issues (8 kiosks) and calls (3 counters), restarted on
 * the same data, and must have every acknowledged ticket and call, with no number repeated.
 */
let server: QueueServerProcess | undefined;
test.afterAll(async () => {
  await server?.stop();
});

const services = ['ho-tich', 'chung-thuc', 'dat-dai', 'tra-ket-qua'];

test('SIGKILL mid-burst loses no acknowledged ticket and repeats no number', async () => {
  test.setTimeout(240_000);
  const first = await startQueueServer({ logName: 'server-durability' });
  server = first;
  const kiosks = await Promise.all(
    Array.from({ length: 8 }, (_unused, index) =>
      connectAs(first.url, '/kiosk', { deviceId: `kiosk-${index + 1}` }),
    ),
  );
  const counters = await Promise.all(
    ['quay-1', 'quay-3', 'quay-4'].map((id) =>
      connectAs(first.url, '/counter', { deviceId: `pc-${id}` }),
    ),
  );
  const issued = new Map<string, Ticket>();
  const called = new Set<string>();
  let running = true;

  const loop = async (step: (index: number) => Promise<void>): Promise<void> => {
    for (let index = 0; running; index += 1) {
      try {
        await step(index);
      } catch {
        return; // the server died mid-request: that request was never acknowledged
      }
    }
  };
  const issuing = kiosks.map((socket, kioskIndex) =>
    loop(async (index) => {
      const reply = (await socket.timeout(5_000).emitWithAck('ticket:issue', {
        serviceId: services[(kioskIndex + index) % services.length],
      })) as {
        ok: boolean;
        data?: IssuedTicket;
      };
      if (reply.ok && reply.data) issued.set(reply.data.ticket.id, reply.data.ticket);
    }),
  );
  const calling = counters.map((socket, counterIndex) =>
    loop(async () => {
      const counterId = ['quay-1', 'quay-3', 'quay-4'][counterIndex] ?? 'quay-1';
      const reply = (await socket
        .timeout(5_000)
        .emitWithAck('counter:call-next', { counterId })) as {
        ok: boolean;
        data?: Call;
      };
      if (reply.ok && reply.data) called.add(reply.data.ticketId);
    }),
  );

  // Kill once the burst is well under way, while requests are in flight.
  await expect.poll(() => issued.size, { timeout: 120_000 }).toBeGreaterThan(200);
  expect(called.size).toBeGreaterThan(0);
  first.child.kill('SIGKILL');
  await first.stop('SIGKILL');
  running = false;
  await Promise.all([...issuing, ...calling]);
  [...kiosks, ...counters].forEach((socket) => socket.close());
  const acknowledged = [...issued.values()];
  const acknowledgedCalls = [...called];

  server = await startQueueServer({ dataDir: first.dataDir, logName: 'server-durability' });
  const listed = await api<Ticket[]>(server.url, 'GET', '/tickets?limit=50000');
  if (!listed.body.ok) throw new Error('listing refused');
  const stored = new Map(listed.body.data.map((ticket) => [ticket.id, ticket]));

  const lost = acknowledged.filter((ticket) => stored.get(ticket.id)?.number !== ticket.number);
  expect(lost).toEqual([]);
  const notCalled = acknowledgedCalls.filter((id) => stored.get(id)?.state === 'waiting');
  expect(notCalled).toEqual([]);
  const numbers = listed.body.data.map((ticket) => ticket.number);
  expect(new Set(numbers).size).toBe(numbers.length);

  // Numbering carries on past everything stored, for every service.
  for (const serviceId of services) {
    const highest = Math.max(
      ...listed.body.data
        .filter((ticket) => ticket.serviceId === serviceId)
        .map((ticket) => ticket.sequence),
    );
    const next = await api<IssuedTicket>(server.url, 'POST', '/tickets', { body: { serviceId } });
    expect(next.body.ok && next.body.data.ticket.sequence).toBeGreaterThan(highest);
  }
});
