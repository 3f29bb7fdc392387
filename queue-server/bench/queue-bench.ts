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
  compiled,
  connect,
  ms,
  percentile,
  rssMb,
  spawnUntilListening,
  stop,
  timedBackup,
  type Child,
} from './bench-support';
import { diskFlush } from './disk-flush';
import { inTurns, paired, timeAck } from './in-turns';

/**
 * Queue server benchmark (issue 3, point 10), one run, every figure:
 * bare socket.io echo as the baseline; issue-ticket ack at 100 and 20,000 tickets in the day;
 * persist cost per change at both; a call fanned out to 50 displays against a bare broadcast;
 * restart-to-ready with 20,000 tickets; server RSS. Servers run as real child processes.
 */
const rounds = { issue: 600, persist: 300, calls: 200 };
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
  // By its 20,000th ticket a centre has sent the day's earlier events to OpenOPS as they
  // happened; the sync feed starts after them rather than with a whole day to catch up.
  database
    .prepare(
      `INSERT INTO sync_cursors (name, position)
       SELECT 'ticket-events', COALESCE(MAX(id), 0) FROM ticket_events`,
    )
    .run();
  return { dataDir, database, day };
};

/**
 * A day of `count` tickets to issue into straight through the repository: `once` times one
 * committed issue (one transaction, flushed to disk), in ms.
 */
const persistTarget = async (
  count: number,
): Promise<{ once: () => Promise<number[]>; close: () => void }> => {
  const { database, day } = await seededCentre(count, 50);
  const repository = createTicketRepository(database);
  let issued = 0;
  return {
    once: async () => {
      const started = performance.now();
      issueOne(repository, day, services[issued % services.length] ?? 'ho-tich');
      issued += 1;
      return [performance.now() - started];
    },
    close: () => database.close(),
  };
};

const issueOnce = (kiosk: Socket) => async (): Promise<number[]> => [
  await timeAck(async () => {
    const reply = (await kiosk
      .timeout(10_000)
      .emitWithAck('ticket:issue', { serviceId: 'chung-thuc' })) as { ok: boolean };
    if (!reply.ok) throw new Error(`issue refused: ${JSON.stringify(reply)}`);
  }),
];

const durableOnce = (echo: Socket) => async (): Promise<number[]> => [
  await timeAck(() => echo.timeout(10_000).emitWithAck('durable', { serviceId: 'ho-tich' })),
];

const echoOnce = (echo: Socket) => async (): Promise<number[]> => [
  await timeAck(() => echo.timeout(10_000).emitWithAck('echo', { serviceId: 'ho-tich' })),
];

/**
 * Records `event` arrivals on every client; `round` then gives each client's latency from a
 * trigger to its copy. Arrivals are recorded as they come, since a display may hear a call
 * before the counter hears its ack.
 */
const listen = (
  clients: Socket[],
  event: string,
  matches: (payload: unknown, key: string) => boolean,
) => {
  const arrivals = clients.map(() => [] as Array<{ payload: unknown; at: number }>);
  clients.forEach((client, index) =>
    client.on(event, (payload: unknown) =>
      arrivals[index]?.push({ payload, at: performance.now() }),
    ),
  );
  return async (trigger: () => Promise<string | null>): Promise<number[]> => {
    arrivals.forEach((list) => list.splice(0));
    const started = performance.now();
    const key = await trigger();
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
    return times;
  };
};

const line = (label: string, values: string): void => {
  process.stdout.write(`${label.padEnd(52)} ${values}\n`);
};
const pair = (values: number[]): string =>
  `p50 ${ms(percentile(values, 50))}  p99 ${ms(percentile(values, 99))}`;
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

// The day's backup runs once a day, 5 s after start: here it would land inside a measured
// block, so it is off, and taken on demand after the measurements instead (figure 5).
const startServer = (entry: string, dataDir: string): Promise<Child> =>
  spawnUntilListening(entry, [
    ...['--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--demo'],
    ...['--keep-backups', '0'],
  ]);

const ratio = (measured: number[], baseline: number[]): number =>
  percentile(measured, 50) / percentile(baseline, 50);

const main = async (): Promise<void> => {
  process.stdout.write(
    `Queue server benchmark on ${String(await import('node:os').then((os) => os.cpus().length))} cores, Node ${process.version}\n`,
  );
  // BENCH_SERVER_ENTRY (a compiled cli.mjs, e.g. an earlier commit's) measures another build
  // against the same baselines: how a change moved the figures, apart from the machine's drift.
  const serverEntry = process.env.BENCH_SERVER_ENTRY ?? compiled('queue-server/src/cli.ts');
  const echoEntry = compiled('queue-server/bench/echo-server.ts');
  // The baseline, bare socket.io in its own process, runs beside each queue server.
  const echo = await spawnUntilListening(echoEntry, []);
  const echoSocket = await connect(`${echo.url}/bench`, {});
  const bareClients = await Promise.all(
    Array.from({ length: displays }, () => connect(`${echo.url}/bench`, {})),
  );
  let tick = 0;
  const bareRound = listen(bareClients, 'tick', (payload, key) => {
    return (payload as { round: string }).round === key;
  });
  const bareOnce = (): Promise<number[]> =>
    bareRound(async () => {
      tick += 1;
      echoSocket.emit('trigger', { round: String(tick) });
      return String(tick);
    });

  // 1. Persist cost per change. Both days seeded first, then issued into in alternating blocks, like the other ratios.
  const small100 = await persistTarget(100);
  const large20k = await persistTarget(20_000);
  const persist = await paired(rounds.persist, small100.once, large20k.once);
  small100.close();
  large20k.close();
  const { baseline: persist100, measured: persist20k } = persist;

  // 2. Issue ack at 100 and at 20,000 tickets, in turns with the echo, the floor of any durable
  // acknowledgement here (one fsynced row behind bare socket.io) and the disk's flush alone.
  const small = await seededCentre(100, 50);
  small.database.close();
  const smallServer = await startServer(serverEntry, small.dataDir);
  const smallKiosk = await connect(`${smallServer.url}/kiosk`, { deviceId: 'kiosk-1' });
  const flush = diskFlush(small.dataDir);
  const ackTurns = (kiosk: Socket) =>
    inTurns(rounds.issue, {
      echo: echoOnce(echoSocket),
      floor: durableOnce(echoSocket),
      flush: flush.once,
      issue: issueOnce(kiosk),
    });
  const at100 = await ackTurns(smallKiosk);
  smallKiosk.close();
  await stop(smallServer.child);

  const large = await seededCentre(20_000, 400);
  large.database.close();
  const largeServer = await startServer(serverEntry, large.dataDir);
  const largeKiosk = await connect(`${largeServer.url}/kiosk`, { deviceId: 'kiosk-1' });
  const at20k = await ackTurns(largeKiosk);
  largeKiosk.close();
  flush.close();

  // 3. A call fanned out to 50 displays, beside a bare broadcast to 50 clients.
  const displaySockets = await Promise.all(
    Array.from({ length: displays }, () =>
      connect(`${largeServer.url}/display`, { deviceId: 'display-1' }),
    ),
  );
  const counter = await connect(`${largeServer.url}/counter`, { deviceId: 'bench-counter' });
  const callRound = listen(displaySockets, 'call:made', (payload, key) => {
    return (payload as { ticketId: string }).ticketId === key;
  });
  const callOnce = (): Promise<number[]> =>
    callRound(async () => {
      const reply = (await counter
        .timeout(10_000)
        .emitWithAck('counter:call-next', { counterId: 'quay-1' })) as {
        ok: boolean;
        data?: { ticketId: string };
      };
      return reply.ok && reply.data ? reply.data.ticketId : null;
    });
  const fanOut = await paired(rounds.calls, bareOnce, callOnce, 20);
  const rssBusy = rssMb(largeServer.child.pid);
  [...displaySockets, counter, echoSocket, ...bareClients].forEach((socket) => socket.close());
  await stop(largeServer.child);
  await stop(echo.child);

  // 4. Restart to ready with 20,000 tickets (plus the boot floor: node with bare socket.io).
  const floor = await spawnUntilListening(echoEntry, []);
  await stop(floor.child);
  const restarted = await startServer(serverEntry, large.dataDir);
  const readyMs = Number(
    /"msg":"listening"[^\n]*"readyMs":(\d+)/.exec(restarted.stderr())?.[1] ?? Number.NaN,
  );
  const rssIdle = rssMb(restarted.child.pid);
  await stop(restarted.child);

  // 5. The day's backup of the 20,000-ticket store (online SQLite backup plus centre.json).
  const backupServer = await spawnUntilListening(serverEntry, [
    ...['--port', '0', '--host', '127.0.0.1', '--data', large.dataDir, '--demo'],
    ...['--backups', path.join(large.dataDir, 'bench-backups'), '--keep-backups', '1'],
  ]);
  const backup = await timedBackup(backupServer.url);
  await stop(backupServer.child);

  const echoTimes = [...at100.echo, ...at20k.echo];
  const floorTimes = [...at100.floor, ...at20k.floor];
  const flushTimes = [...at100.flush, ...at20k.flush];
  line('bare socket.io ack echo (baseline, beside each run)', pair(echoTimes));
  line(
    'disk: 4 KB written and flushed, no socket',
    `${pair(flushTimes)}  (${ratio(flushTimes, echoTimes).toFixed(2)}× echo p50)`,
  );
  line(
    'floor: ack after one fsynced insert (bare socket.io)',
    `${pair(floorTimes)}  (${ratio(floorTimes, echoTimes).toFixed(2)}× echo p50)`,
  );
  line(
    'persist per change at 100 tickets',
    `mean ${ms(persist100.reduce((a, b) => a + b, 0) / persist100.length)}  p50 ${ms(percentile(persist100, 50))}`,
  );
  line(
    'persist per change at 20,000 tickets',
    `mean ${ms(persist20k.reduce((a, b) => a + b, 0) / persist20k.length)}  p50 ${ms(percentile(persist20k, 50))}`,
  );
  line(
    'issue-ticket ack at 100 tickets',
    `${pair(at100.issue)}  (${ratio(at100.issue, at100.echo).toFixed(2)}× echo p50)`,
  );
  line(
    'issue-ticket ack at 20,000 tickets',
    `${pair(at20k.issue)}  (${ratio(at20k.issue, at20k.echo).toFixed(2)}× echo p50)`,
  );
  line(
    'issue ack at 20,000 above the floor, p50',
    `${ms(percentile(at20k.issue, 50) - percentile(at20k.floor, 50))}  (${ratio(at20k.issue, at20k.floor).toFixed(2)}× floor p50)`,
  );
  line('bare broadcast to 50 clients', pair(fanOut.baseline));
  line(
    'call → 50 displays (20,000 tickets)',
    `${pair(fanOut.measured)}  (${ratio(fanOut.measured, fanOut.baseline).toFixed(2)}× bare p50)`,
  );
  line('restart → ready, 20,000 tickets (startServer)', `${readyMs} ms inside the process`);
  line(
    'restart → listening, whole process (spawn)',
    `${restarted.startedMs.toFixed(0)} ms (node + bare socket.io: ${floor.startedMs.toFixed(0)} ms)`,
  );
  line(
    'server RSS',
    `${rssBusy.toFixed(1)} MB with 51 sockets after the run; ${rssIdle.toFixed(1)} MB idle after restart`,
  );
  line(
    "day's backup, 20,000 tickets (POST /backups)",
    `${backup.ms.toFixed(0)} ms, ${(backup.bytes / 1024 / 1024).toFixed(1)} MB`,
  );

  process.stdout.write('\nTargets\n');
  const persistRatio = percentile(persist20k, 50) / percentile(persist100, 50);
  const issueRatio = ratio(at20k.issue, at20k.echo);
  const fanOutRatio = ratio(fanOut.measured, fanOut.baseline);
  line(
    'issue ack ≤ 3× echo at 20,000',
    `${issueRatio.toFixed(2)}× (p50) — ${verdict(issueRatio <= 3)}`,
  );
  line(
    'persist at 20,000 ≤ 1.3× at 100',
    `${persistRatio.toFixed(2)}× (p50) — ${verdict(persistRatio <= 1.3)}`,
  );
  line(
    'fan-out ≤ 2× bare broadcast',
    `${fanOutRatio.toFixed(2)}× (p50) — ${verdict(fanOutRatio <= 2)}`,
  );
  line(
    'restart ≤ 1 s (whole process, spawn → listening)',
    `${restarted.startedMs.toFixed(0)} ms — ${verdict(restarted.startedMs <= 1000)}`,
  );
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
