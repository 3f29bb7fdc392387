import { io, type Socket } from 'socket.io-client';
import {
  agentInboundSchemas,
  fail,
  namespaces,
  ok,
  parseInput,
  type AgentClientEvents,
  type AgentServerEvents,
  type DeviceHealth,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { KeypadDriver } from '../keypad/keypad-driver';
import type { PrinterCondition, PrinterDriver } from '../printer/printer-driver';
import type { ScannerDriver } from '../scanner/scanner-driver';
import { createHealthTracker, type HealthSource } from './device-health';
import { createEventOutbox } from './event-outbox';
import { createPrintJobRunner, type PrintJobRunner } from './print-job-runner';
import { keepServerLink } from './server-link';

const log = createLogger('agent');

export type AgentOptions = {
  serverUrl: string;
  /** This agent's own id on the server. */
  agentId: string;
  /** Pairing token sent as `auth.token`, when the centre requires one. */
  token?: string;
  /** The app device (kiosk or counter id) whose hardware this agent drives. */
  boundTo: string;
  printer: PrinterDriver | null;
  scanner?: ScannerDriver | null;
  keypad?: KeypadDriver | null;
  /** How often the printer's status is polled while idle. Default 3 s. */
  statusPollMs?: number;
  /**
   * How long to wait before connecting again after the server refused this agent (pairing
   * revoked, token unknown, a device it does not know, another agent serving it) or let it go.
   * Default 30 s: a refused agent does not hammer the server, and comes back by itself once
   * the reason is gone.
   */
  refusedRetryMs?: number;
  clock?: () => Date;
};

export type RunningAgent = {
  /** Resolves once the server has accepted this agent's announcement. */
  ready: Promise<void>;
  /** The latest health of every device. */
  health: () => DeviceHealth[];
  stop: () => Promise<void>;
};

type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

/** How often device health is compared with what was last reported. Default 500 ms. */
const healthCheckMs = 500;

/** Default of `AgentOptions.refusedRetryMs`. */
export const refusedRetryMs = 30_000;

/** How long the agent waits for the server to take note of a job going to the printer. */
const noticeAckMs = 10_000;

/**
 * Connects to the queue server as the hardware of one kiosk or counter: announces its
 * devices, executes print jobs one at a time, forwards scans and key presses, arms the
 * keypad when asked, and reports health whenever it changes.
 */
export const startAgent = (options: AgentOptions): RunningAgent => {
  const clock = options.clock ?? (() => new Date());
  const retryMs = options.refusedRetryMs ?? refusedRetryMs;
  const { printer } = options;
  const scanner = options.scanner ?? null;
  const keypad = options.keypad ?? null;
  const socket: AgentSocket = io(`${options.serverUrl}${namespaces.agent}`, {
    auth: { deviceId: options.agentId, ...(options.token ? { token: options.token } : {}) },
    transports: ['websocket'],
  });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  let printerCondition: PrinterCondition = { state: 'unknown', faults: [] };
  const sources: HealthSource[] = [];
  if (printer) {
    sources.push({
      kind: 'printer',
      uri: printer.uri,
      condition: () => printerCondition,
      garbageCount: printer.garbageCount,
      ignoredPresses: () => 0,
    });
  }
  if (scanner) {
    sources.push({
      kind: 'scanner',
      uri: scanner.uri,
      condition: scanner.condition,
      garbageCount: scanner.garbageCount,
      ignoredPresses: () => 0,
    });
  }
  if (keypad) {
    sources.push({
      kind: 'keypad',
      uri: keypad.uri,
      condition: keypad.condition,
      garbageCount: keypad.garbageCount,
      ignoredPresses: keypad.ignoredPresses,
    });
  }
  const tracker = createHealthTracker(sources, clock);
  let lastSent = '';
  const reportHealth = (force: boolean): void => {
    const devices = tracker.snapshot();
    const key = JSON.stringify(devices);
    if (!socket.connected || (!force && key === lastSent)) return;
    lastSent = key;
    socket.emit('agent:health', { devices }, (reply) => {
      if (!reply.ok) log.warn('server refused health report', { code: reply.error.code });
    });
  };
  const healthTimer = setInterval(() => reportHealth(false), healthCheckMs);

  // One printer exchange at a time: jobs and status polls take turns.
  let printerQueue: Promise<unknown> = Promise.resolve();
  const onPrinter = <T>(work: () => Promise<T>): Promise<T> => {
    const run = printerQueue.then(work, work);
    printerQueue = run.catch(() => undefined);
    return run;
  };
  // A poll still waiting for a slow or silent printer is not joined by another: a queue of
  // polls would hold every print job back behind it.
  let polling = false;
  const pollPrinter = async (): Promise<void> => {
    if (!printer || polling) return;
    polling = true;
    try {
      printerCondition = await onPrinter(() => printer.status());
    } catch (error) {
      log.warn('printer status poll failed', { error: (error as Error).message });
    } finally {
      polling = false;
    }
  };
  const pollTimer = setInterval(() => void pollPrinter(), options.statusPollMs ?? 3000);
  void pollPrinter();

  const runJob: PrintJobRunner | null = printer
    ? createPrintJobRunner({
        printer,
        exclusive: onPrinter,
        onFault: (condition) => {
          printerCondition = condition;
        },
      })
    : null;

  // Scans and presses wait here until the server has accepted this agent's announcement:
  // socket.io would flush its own buffer before the announcement, when the server cannot yet
  // tell which kiosk or counter they belong to.
  let announced = false;
  const outbox = createEventOutbox<AgentSocket>();
  const sendWhenAnnounced = (kind: 'scan' | 'press', send: (target: AgentSocket) => void): void => {
    if (announced && socket.connected) {
      send(socket);
      return;
    }
    outbox.add({ kind, queuedAt: clock().getTime(), send });
  };

  const link = keepServerLink(socket, { serverUrl: options.serverUrl, retryMs });
  socket.on('disconnect', () => {
    announced = false;
  });

  // The announcement is repeated on each connect because the server forgets which device an
  // agent drives when its socket closes.
  socket.on('connect', () => {
    const devices = sources.map(({ kind, uri }) => ({ kind, uri }));
    socket.emit('agent:hello', { boundTo: options.boundTo, devices }, (reply) => {
      if (reply.ok) {
        log.info('announced to server', { server: options.serverUrl, boundTo: options.boundTo });
        announced = true;
        const { fresh, staleScans } = outbox.drain(clock().getTime());
        if (staleScans > 0) {
          log.warn('scans held while the server was away dropped as too old', {
            count: staleScans,
          });
        }
        fresh.forEach((send) => send(socket));
        reportHealth(true);
        markReady();
        return;
      }
      // Staying connected but unannounced would leave the device without its hardware, unseen:
      // the agent leaves and asks again later (the device configured, the other agent gone).
      log.error('server refused announcement; connecting again later', {
        boundTo: options.boundTo,
        code: reply.error.code,
        message: reply.error.message,
        retryInMs: retryMs,
      });
      socket.disconnect();
      link.retryLater();
    });
  });

  /**
   * An answer to the server, sent only on the link the request came on: after a reconnect the
   * server has already queued the job again (and will ask again), and a late answer carries
   * an id the new link may be using for another request.
   */
  const onSameLink = <T>(ack: (reply: T) => void, what: Record<string, unknown>) => {
    const linkId = socket.id;
    return (reply: T): void => {
      if (socket.connected && socket.id === linkId) ack(reply);
      else log.info('answer not sent: the link the request came on is gone', what);
    };
  };

  socket.on('job:print', (job: unknown, ack: (reply: Reply<{ bytes: number }>) => void) => {
    const parsed = parseInput(agentInboundSchemas['job:print'], job);
    if (!parsed.ok) {
      log.warn('malformed print job refused', { issues: parsed.error.issues });
      ack(parsed);
      return;
    }
    if (!runJob) {
      ack(fail('printer-offline', 'Không có máy in / this agent has no printer'));
      return;
    }
    const answer = onSameLink(ack, { jobId: parsed.value.jobId });
    void runJob(parsed.value, (started) => {
      socket.timeout(noticeAckMs).emit('job:started', started, () => {});
    }).then(answer);
  });

  socket.on('keypad:arm', (arm: unknown, ack: (reply: Reply<{ armed: true }>) => void) => {
    const parsed = parseInput(agentInboundSchemas['keypad:arm'], arm);
    if (!parsed.ok) {
      ack(parsed);
      return;
    }
    if (!keypad) {
      ack(fail('not-found', 'Không có bàn phím đánh giá / this agent has no keypad'));
      return;
    }
    const answer = onSameLink(ack, { armId: parsed.value.armId });
    keypad.arm(parsed.value).then(
      () => answer(ok({ armed: true })),
      (error: Error) =>
        answer(fail('internal', `Không bật được bàn phím / cannot arm keypad: ${error.message}`)),
    );
  });
  socket.on('keypad:disarm', (disarm: unknown) => {
    const parsed = parseInput(agentInboundSchemas['keypad:disarm'], disarm);
    if (parsed.ok) void keypad?.disarm(parsed.value.armId).catch(() => {});
  });

  keypad?.onPress((press) => {
    log.info('keypad press', { armId: press.armId, button: press.button });
    sendWhenAnnounced('press', (target) =>
      target.emit('keypad:press', press, (reply) => {
        if (!reply.ok) log.warn('server refused key press', { code: reply.error.code });
      }),
    );
  });
  scanner?.onScan((text) => {
    // The text may be a citizen ID: it is never logged, only its length.
    log.info('scan', { source: scanner.source, length: text.length });
    const read = { source: scanner.source, text, at: clock().toISOString() };
    sendWhenAnnounced('scan', (target) =>
      target.emit('scan:read', read, (reply) => {
        if (!reply.ok) log.warn('server refused scan', { code: reply.error.code });
      }),
    );
  });

  return {
    ready,
    health: tracker.snapshot,
    stop: async () => {
      link.stop();
      clearInterval(healthTimer);
      clearInterval(pollTimer);
      socket.close();
      await Promise.all([printer?.close(), scanner?.close(), keypad?.close()]);
    },
  };
};
