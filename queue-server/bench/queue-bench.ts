import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import { openCentreConfig } from '../src/config/centre-config-store';
import { businessDayOf } from '../src/domain/business-day';
import { formatTicketNumber } from '../src/domain/numbering';
import { openDatabase, type SqliteDatabase } from '../src/store/database';
import { createTicketRepository, type TicketRepository } from '../src/store/ticket-repository';
import {
  connect,
  ms,
  percentile,
  rssMb,
  spawnUntilListening,
  stop,
  type Child,
} from './bench-support';

/**
 * Queue server benchmark (issue 3, point 10), one run, every figure:
 * bare socket.io echo as the baseline; issue-ticket ack at 100 and 20,000 tickets in the day;
 * persist cost per change at both; a call fanned out to 50 displays against a bare broadcast;
 * restart-to-ready with 20,000 tickets; server RSS. Servers run as real child processes.
 */
const rounds = { echo: 2000, issue: 400, persist: 300, calls: 150, warmUp: 30 };
const displays = 50;
const services = ['ho-tich', 'chung-thuc', 'dat-dai', 'tra-ket-qua'];
const prefixes: Record<string, string> = {
  'ho-tich': 'A',
  'chung-thuc': 'B',
  'dat-dai': 'C',
  'tra-ket-qua': 'D',
};
const folders: string[] = [];

const issueOne = (repository: TicketRepository, day: string, serviceId: string): void => {
  const result = repository.issue(
    { businessDay: day, serviceId, issuedAt: new Date().toISOString(), issuedBy: 'bench' },
    (last) => ({
      ok: true,
      sequence: last + 1,
      number: formatTicketNumber(prefixes[serviceId] ?? 'A', last + 1),
    }),
  );
  if (!result.ok) throw new Error('seed refused');
};

/**
 * A data folder holding the demo centre (daily limits lifted) and `count` tickets today,
 * all served but the last `waiting`, as a busy day looks by its 20,000th ticket.
 */
const seededCentre = async (
  count: number,
  waiting: number,
): Promise<{ dataDir: string; database: SqliteDatabase; day: string }> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'openops-bench-'));
  folders.push(dataDir);
  const file = path.join(dataDir, 'centre.json');
  await openCentreConfig(file, { demo: true });
  const config = JSON.parse(readFileSync(file, 'utf8')) as {
    services: Array<{ dailyLimit: number | null }>;
  };
  config.services.forEach((service) => {
    service.dailyLimit = null;
  });
  writeFileSync(file, JSON.stringify(config, null, 2));
  const database = openDatabase(path.join(dataDir, 'queue.sqlite'));
  const repository = createTicketRepository(database);
  const day = businessDayOf(new Date(), 'Asia/Ho_Chi_Minh');
  database.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      issueOne(
        repository,
        day,
        index >= count - waiting ? 'ho-tich' : (services[index % services.length] ?? 'ho-tich'),
      );
    }
  })();
  const served = new Date(Date.now() - 60_000).toISOString();
  database
    .prepare(
      `UPDATE tickets SET state = 'done', counter_id = 'quay-2', called_at = ?, finished_at = ?
       WHERE rowid NOT IN (SELECT rowid FROM tickets ORDER BY rowid DESC LIMIT ?)`,
    )
    .run(served, new Date().toISOString(), waiting);
  return { dataDir, database, day };
};

/** Milliseconds per committed issue (one transaction with fsync each) on a day of `count` tickets. */
const persistCost = async (count: number): Promise<number[]> => {
  const { database, day } = await seededCentre(count, 50);
  const repository = createTicketRepository(database);
  const times: number[] = [];
  for (let index = 0; index < rounds.persist; index += 1) {
    const started = performance.now();
    issueOne(repository, day, services[index % services.length] ?? 'ho-tich');
    times.push(performance.now() - started);
  }
  database.close();
  return times;
};

const timeAcks = async (count: number, send: () => Promise<unknown>): Promise<number[]> => {
  const times: number[] = [];
  for (let index = 0; index < count + rounds.warmUp; index += 1) {
    const started = performance.now();
    await send();
    if (index >= rounds.warmUp) times.push(performance.now() - started);
  }
  return times;
};

const issueAcks = async (server: Child): Promise<number[]> => {
  const kiosk = await connect(`${server.url}/kiosk`, { deviceId: 'kiosk-1' });
  const times = await timeAcks(rounds.issue, async () => {
    const reply = (await kiosk
      .timeout(10_000)
      .emitWithAck('ticket:issue', { serviceId: 'chung-thuc' })) as { ok: boolean };
    if (!reply.ok) throw new Error(`issue refused: ${JSON.stringify(reply)}`);
  });
  kiosk.close();
  return times;
};

/**
 * Per-client latency from the trigger to each of `clients` receiving the event. Arrivals are
 * recorded as they come, since a display may hear a call before the counter hears its ack.
 */
const fanOut = async (
  clients: Socket[],
  event: string,
  rounds: number,
  trigger: (round: number) => Promise<string | null>,
  matches: (payload: unknown, key: string) => boolean,
): Promise<number[]> => {
  const arrivals = clients.map(() => [] as Array<{ payload: unknown; at: number }>);
  clients.forEach((client, index) =>
    client.on(event, (payload: unknown) =>
      arrivals[index]?.push({ payload, at: performance.now() }),
    ),
  );
  const latencies: number[] = [];
  for (let round = 0; round < rounds + 5; round += 1) {
    arrivals.forEach((list) => list.splice(0));
    const started = performance.now();
    const key = await trigger(round);
    if (key === null) throw new Error('trigger failed');
    const deadline = performance.now() + 30_000;
    const times: number[] = [];
    for (const list of arrivals) {
      let found = list.find((entry) => matches(entry.payload, key));
      while (!found) {
        if (performance.now() > deadline) throw new Error(`no ${event} for ${key} within 30 s`);
        await new Promise((resolve) => setImmediate(resolve));
        found = list.find((entry) => matches(entry.payload, key));
      }
      times.push(found.at - started);
    }
    if (round >= 5) latencies.push(...times);
  }
  clients.forEach((client) => client.off(event));
  return latencies;
};

const line = (label: string, values: string): void => {
  process.stdout.write(`${label.padEnd(52)} ${values}\n`);
};
const pair = (values: number[]): string =>
  `p50 ${ms(percentile(values, 50))}  p99 ${ms(percentile(values, 99))}`;
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

const main = async (): Promise<void> => {
  process.stdout.write(
    `Queue server benchmark on ${String(await import('node:os').then((os) => os.cpus().length))} cores, Node ${process.version}\n`,
  );
  // 1. Baseline: bare socket.io in its own process.
  const echo = await spawnUntilListening('queue-server/bench/echo-server.ts', []);
  const echoSocket = await connect(`${echo.url}/bench`, {});
  const echoTimes = await timeAcks(rounds.echo, () =>
    echoSocket.timeout(10_000).emitWithAck('echo', { serviceId: 'ho-tich' }),
  );
  const bareClients = await Promise.all(
    Array.from({ length: displays }, () => connect(`${echo.url}/bench`, {})),
  );
  const bare = await fanOut(
    bareClients,
    'tick',
    rounds.calls,
    async (round) => {
      echoSocket.emit('trigger', { round: String(round) });
      return String(round);
    },
    (payload, key) => (payload as { round: string }).round === key,
  );
  [echoSocket, ...bareClients].forEach((socket) => socket.close());
  await stop(echo.child);
  const echoP50 = percentile(echoTimes, 50);
  line('bare socket.io ack echo (baseline)', pair(echoTimes));

  // 2. Persist cost per change.
  const persist100 = await persistCost(100);
  const persist20k = await persistCost(20_000);
  line(
    'persist per change at 100 tickets',
    `mean ${ms(persist100.reduce((a, b) => a + b, 0) / persist100.length)}  p50 ${ms(percentile(persist100, 50))}`,
  );
  line(
    'persist per change at 20,000 tickets',
    `mean ${ms(persist20k.reduce((a, b) => a + b, 0) / persist20k.length)}  p50 ${ms(percentile(persist20k, 50))}`,
  );

  // 3. Issue ack at 100 and at 20,000 tickets.
  const small = await seededCentre(100, 50);
  small.database.close();
  const smallServer = await spawnUntilListening('queue-server/src/cli.ts', [
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    small.dataDir,
    '--demo',
  ]);
  const issue100 = await issueAcks(smallServer);
  await stop(smallServer.child);
  line('issue-ticket ack at 100 tickets', pair(issue100));

  const large = await seededCentre(20_000, 400);
  large.database.close();
  const largeServer = await spawnUntilListening('queue-server/src/cli.ts', [
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    large.dataDir,
    '--demo',
  ]);
  const issue20k = await issueAcks(largeServer);
  line(
    'issue-ticket ack at 20,000 tickets',
    `${pair(issue20k)}  (${(percentile(issue20k, 50) / echoP50).toFixed(2)}× echo p50)`,
  );

  // 4. A call fanned out to 50 displays, against the bare broadcast.
  const displaySockets = await Promise.all(
    Array.from({ length: displays }, () =>
      connect(`${largeServer.url}/display`, { deviceId: 'display-1' }),
    ),
  );
  const counter = await connect(`${largeServer.url}/counter`, { deviceId: 'bench-counter' });
  const calls = await fanOut(
    displaySockets,
    'call:made',
    rounds.calls,
    async () => {
      const reply = (await counter
        .timeout(10_000)
        .emitWithAck('counter:call-next', { counterId: 'quay-1' })) as {
        ok: boolean;
        data?: { ticketId: string };
      };
      return reply.ok && reply.data ? reply.data.ticketId : null;
    },
    (payload, key) => (payload as { ticketId: string }).ticketId === key,
  );
  line('bare broadcast to 50 clients', pair(bare));
  line(
    'call → 50 displays (20,000 tickets)',
    `${pair(calls)}  (${(percentile(calls, 50) / percentile(bare, 50)).toFixed(2)}× bare p50)`,
  );
  const rssBusy = rssMb(largeServer.child.pid);
  [...displaySockets, counter].forEach((socket) => socket.close());
  await stop(largeServer.child);

  // 5. Restart to ready with 20,000 tickets (plus the boot floor of node + tsx alone).
  const floor = await spawnUntilListening('queue-server/bench/echo-server.ts', []);
  await stop(floor.child);
  const restarted = await spawnUntilListening('queue-server/src/cli.ts', [
    '--port',
    '0',
    '--host',
    '127.0.0.1',
    '--data',
    large.dataDir,
    '--demo',
  ]);
  const readyMs = Number(
    /"msg":"listening"[^\n]*"readyMs":(\d+)/.exec(restarted.stderr())?.[1] ?? Number.NaN,
  );
  const rssIdle = rssMb(restarted.child.pid);
  await stop(restarted.child);
  line('restart → ready, 20,000 tickets (startServer)', `${readyMs} ms inside the process`);
  line(
    'restart → listening, whole process (spawn)',
    `${restarted.startedMs.toFixed(0)} ms (node + tsx boot floor ${floor.startedMs.toFixed(0)} ms)`,
  );
  line(
    'server RSS',
    `${rssBusy.toFixed(1)} MB with 51 sockets after the run; ${rssIdle.toFixed(1)} MB idle after restart`,
  );

  process.stdout.write('\nTargets\n');
  const persistRatio = percentile(persist20k, 50) / percentile(persist100, 50);
  line(
    'issue ack ≤ 3× echo at 20,000',
    `${(percentile(issue20k, 50) / echoP50).toFixed(2)}× (p50) — ${verdict(percentile(issue20k, 50) <= 3 * echoP50)}`,
  );
  line(
    'persist at 20,000 ≤ 1.3× at 100',
    `${persistRatio.toFixed(2)}× (p50) — ${verdict(persistRatio <= 1.3)}`,
  );
  line(
    'fan-out ≤ 2× bare broadcast',
    `${(percentile(calls, 50) / percentile(bare, 50)).toFixed(2)}× (p50) — ${verdict(percentile(calls, 50) <= 2 * percentile(bare, 50))}`,
  );
  line('restart ≤ 1 s', `${readyMs} ms — ${verdict(readyMs <= 1000)}`);
  line('RSS ≤ 150 MB', `${rssBusy.toFixed(1)} MB — ${verdict(rssBusy <= 150)}`);
};

main()
  .catch((error: unknown) => {
    process.stderr.write(`benchmark failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  });
