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
import { renderDocument } from '../escpos/render-document';
import type { KeypadDriver } from '../keypad/keypad-driver';
import { PrintError, type PrinterCondition, type PrinterDriver } from '../printer/printer-driver';
import type { ScannerDriver } from '../scanner/scanner-driver';
import { createHealthTracker, type HealthSource } from './device-health';

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

/** Scans and presses kept while the server is unreachable; older ones are dropped first. */
const maxWaitingEvents = 100;

/** How often device health is compared with what was last reported. Default 500 ms. */
const healthCheckMs = 500;

/**
 * Connects to the queue server as the hardware of one kiosk or counter: announces its
 * devices, executes print jobs one at a time, forwards scans and key presses, arms the
 * keypad when asked, and reports health whenever it changes.
 */
export const startAgent = (options: AgentOptions): RunningAgent => {
  const clock = options.clock ?? (() => new Date());
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
  const pollPrinter = async (): Promise<void> => {
    if (!printer) return;
    printerCondition = await onPrinter(() => printer.status());
  };
  const pollTimer = setInterval(() => void pollPrinter(), options.statusPollMs ?? 3000);
  void pollPrinter();

  // Scans and presses wait here until the server has accepted this agent's announcement:
  // socket.io would flush its own buffer before the announcement, when the server cannot yet
  // tell which kiosk or counter they belong to.
  let announced = false;
  const outbox: ((target: AgentSocket) => void)[] = [];
  const sendWhenAnnounced = (send: (target: AgentSocket) => void): void => {
    if (announced && socket.connected) {
      send(socket);
      return;
    }
    outbox.push(send);
    // A scanner left pressing for hours while the server is away must not fill the memory.
    if (outbox.length > maxWaitingEvents) outbox.shift();
  };
  socket.on('disconnect', () => {
    announced = false;
  });

  // socket.io restores the connection by itself; the announcement is repeated on each connect
  // because the server forgets which device an agent drives when its socket closes.
  socket.on('connect', () => {
    const devices = sources.map(({ kind, uri }) => ({ kind, uri }));
    socket.emit('agent:hello', { boundTo: options.boundTo, devices }, (reply) => {
      if (reply.ok) {
        log.info('announced to server', { server: options.serverUrl, boundTo: options.boundTo });
        announced = true;
        outbox.splice(0).forEach((send) => send(socket));
        reportHealth(true);
        markReady();
      } else {
        log.error('server refused announcement', {
          code: reply.error.code,
          message: reply.error.message,
        });
      }
    });
  });
  socket.on('connect_error', (error) => {
    log.warn('cannot reach server, retrying', { server: options.serverUrl, error: error.message });
  });

  socket.on('job:print', (job: unknown, ack: (reply: Reply<{ bytes: number }>) => void) => {
    const parsed = parseInput(agentInboundSchemas['job:print'], job);
    if (!parsed.ok) {
      log.warn('malformed print job refused', { issues: parsed.error.issues });
      ack(parsed);
      return;
    }
    if (!printer) {
      ack(fail('printer-offline', 'Không có máy in / this agent has no printer'));
      return;
    }
    const { jobId, document } = parsed.value;
    void onPrinter(async () => {
      const bytes = renderDocument(document, printer.paper);
      try {
        await printer.print(bytes);
        log.info('printed', { jobId, kind: document.kind, bytes: bytes.length });
        ack(ok({ bytes: bytes.length }));
      } catch (error) {
        const code = error instanceof PrintError ? error.code : 'printer-offline';
        const faults = error instanceof PrintError ? error.faults : [];
        log.warn('print failed', { jobId, code, error: (error as Error).message });
        if (faults.length > 0) {
          printerCondition = {
            state: code === 'printer-fault' ? 'fault' : 'disconnected',
            faults: [...faults],
          };
        }
        ack(fail(code, `Không in được / cannot print: ${(error as Error).message}`));
      }
    });
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
    keypad.arm(parsed.value).then(
      () => ack(ok({ armed: true })),
      (error: Error) =>
        ack(fail('internal', `Không bật được bàn phím / cannot arm keypad: ${error.message}`)),
    );
  });
  socket.on('keypad:disarm', (disarm: unknown) => {
    const parsed = parseInput(agentInboundSchemas['keypad:disarm'], disarm);
    if (parsed.ok) void keypad?.disarm(parsed.value.armId).catch(() => {});
  });

  keypad?.onPress((press) => {
    log.info('keypad press', { armId: press.armId, button: press.button });
    sendWhenAnnounced((target) =>
      target.emit('keypad:press', press, (reply) => {
        if (!reply.ok) log.warn('server refused key press', { code: reply.error.code });
      }),
    );
  });
  scanner?.onScan((text) => {
    // The text may be a citizen ID: it is never logged, only its length.
    log.info('scan', { source: scanner.source, length: text.length });
    const read = { source: scanner.source, text, at: clock().toISOString() };
    sendWhenAnnounced((target) =>
      target.emit('scan:read', read, (reply) => {
        if (!reply.ok) log.warn('server refused scan', { code: reply.error.code });
      }),
    );
  });

  return {
    ready,
    health: tracker.snapshot,
    stop: async () => {
      clearInterval(healthTimer);
      clearInterval(pollTimer);
      socket.close();
      await Promise.all([printer?.close(), scanner?.close(), keypad?.close()]);
    },
  };
};
