import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from 'socket.io';
import type {
  DeviceRole,
  KeypadPress,
  KeypadRatedEvent,
  ScanEvent,
  TicketPrint,
} from '@openops/protocol';
import type { KeypadDriver, PrinterDriver, ScannerDriver } from '@openops/hardware';
import { handleAgents, type AgentNamespace } from '../realtime/agent-namespace';
import {
  createPrintDispatcher,
  type AgentSocket,
  type PrintDispatcher,
} from '../realtime/print-dispatcher';
import { refusal } from '../realtime/socket-auth';
import { openDatabase } from '../store/database';
import { createDeviceHub, type DeviceHub } from './device-hub';
import { createKeypadDispatcher, type KeypadDispatcher } from './keypad-dispatcher';
import { createPrintJobRepository } from './print-job-repository';

type CentreOptions = {
  roles?: Record<string, DeviceRole>;
  answerTimeoutMs?: number;
  clock?: () => Date;
};

/** Where a centre keeps its store and listens: its successors after a stop keep both. */
type Place = { folder: string; file: string; port: number };

export type AgentTestCentre = {
  url: string;
  namespace: AgentNamespace;
  printer: PrintDispatcher;
  devices: DeviceHub;
  keypads: KeypadDispatcher;
  scans: ScanEvent[];
  rated: KeypadRatedEvent[];
  refuseHandshakes: (count: number) => void;
  /** The agent links the server holds now. */
  links: () => AgentSocket[];
  /** Stops the centre and deletes its data folder (also its successors'). */
  close: () => Promise<void>;
  /**
   * Stops the centre as the server stops (its agents' links closed first, then the store) and
   * starts a new one on the same store and port, which its agents connect to again.
   */
  restart: () => Promise<AgentTestCentre>;
  /**
   * Stops the centre as a crash would: the new one (same port) finds the store as it was at
   * this moment, without anything the stop itself wrote to it.
   */
  crash: () => Promise<AgentTestCentre>;
};

/**
 * The server's device side on a real socket.io server (port 0, its own SQLite file), for tests
 * that run the real agent against it. The handshake check stands in for socket-auth's: a
 * token admits the agent as the paired device it names, no token as an open demo's agent,
 * and `refuseHandshakes(n)` refuses the next n handshakes the way a revoked pairing is.
 */
export const startAgentTestCentre = (options: CentreOptions = {}): Promise<AgentTestCentre> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-agent-link-'));
  return startCentre(options, { folder, file: path.join(folder, 'queue.sqlite'), port: 0 });
};

const startCentre = async (options: CentreOptions, place: Place): Promise<AgentTestCentre> => {
  const database = openDatabase(place.file);
  const http = createServer();
  const io = new Server(http);
  await new Promise<void>((resolve) => http.listen(place.port, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const namespace = io.of('/agent') as unknown as AgentNamespace;

  let refusals = 0;
  namespace.use((socket, next) => {
    const auth = socket.handshake.auth as { deviceId: string; token?: string };
    if (refusals > 0) {
      refusals -= 1;
      next(refusal('unauthorized', 'this device’s pairing was revoked: pair it again'));
      return;
    }
    socket.data.deviceId = auth.deviceId;
    socket.data.principal = {
      kind: auth.token ? 'device' : 'demo',
      deviceId: auth.deviceId,
      roles: ['agent'],
    };
    next();
  });

  const clock = options.clock ?? (() => new Date());
  const scans: ScanEvent[] = [];
  const rated: KeypadRatedEvent[] = [];
  const printer = createPrintDispatcher(
    createPrintJobRepository(database),
    clock,
    options.answerTimeoutMs,
  );
  const devices = createDeviceHub(
    { printerStatus: () => {}, scan: (_deviceId, event) => scans.push(event) },
    clock,
  );
  const keypads = createKeypadDispatcher({
    agentFor: printer.agentFor,
    buttonsFor: devices.keypadButtons,
    onRated: (event) => rated.push(event),
    clock,
  });
  const roles = options.roles ?? { 'kiosk-1': 'kiosk', 'counter-pc-1': 'counter' };
  handleAgents(namespace, { printer, devices, keypads, roleOf: (id) => roles[id] ?? null });

  let stopped = false;
  // In the server's order (server.ts): links first, whose ends the dispatcher still stores.
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await io.close();
    database.close();
  };
  let crashes = 0;

  return {
    url: `http://127.0.0.1:${port}`,
    namespace,
    printer,
    devices,
    keypads,
    scans,
    rated,
    refuseHandshakes: (count) => {
      refusals = count;
    },
    links: () => [...namespace.sockets.values()],
    close: async () => {
      await stop();
      rmSync(place.folder, { recursive: true, force: true });
    },
    restart: async () => {
      await stop();
      return startCentre(options, { ...place, port });
    },
    crash: async () => {
      crashes += 1;
      const file = path.join(place.folder, `crashed-${crashes}-${path.basename(place.file)}`);
      database.prepare('VACUUM INTO ?').run(file);
      await stop();
      return startCentre(options, { folder: place.folder, file, port });
    },
  };
};

/** A printer that records each job and finishes it when the test says so. */
export const heldPrinter = (uri = 'tcp://127.0.0.1:9100') => {
  const printed: Uint8Array[] = [];
  const finishers: ((error?: Error) => void)[] = [];
  let statusCalls = 0;
  let statusMs = 0;
  const driver: PrinterDriver = {
    uri,
    paper: 80,
    twoWay: true,
    status: async () => {
      statusCalls += 1;
      if (statusMs > 0) await new Promise((resolve) => setTimeout(resolve, statusMs));
      return { state: 'ready', faults: [] };
    },
    print: (bytes) =>
      new Promise<void>((resolve, reject) => {
        printed.push(bytes);
        finishers.push((error) => (error ? reject(error) : resolve()));
      }),
    garbageCount: () => 0,
    close: async () => {},
  };
  return {
    driver,
    printed,
    finishNext: (error?: Error) => finishers.shift()?.(error),
    statusCalls: () => statusCalls,
    /** Makes each status answer take this long, as a slow or silent printer's does. */
    slowStatus: (ms: number) => {
      statusMs = ms;
    },
  };
};

/** A scanner the test scans with. */
export const fakeScanner = () => {
  const listeners = new Set<(text: string) => void>();
  const driver: ScannerDriver = {
    uri: 'serial:/dev/ttyFAKE-scanner',
    source: 'serial',
    onScan: (listener) => listeners.add(listener),
    onChange: () => {},
    condition: () => ({ state: 'ready', faults: [] }),
    garbageCount: () => 0,
    close: async () => {},
  };
  return { driver, scan: (text: string) => listeners.forEach((listener) => listener(text)) };
};

/** A keypad the test presses; it remembers the last arm it was given. */
export const fakeKeypad = () => {
  const listeners = new Set<(press: KeypadPress) => void>();
  let armId: string | null = null;
  const driver: KeypadDriver = {
    uri: 'serial:/dev/ttyFAKE-keypad?buttons=3',
    buttons: 3,
    arm: async (arm) => {
      armId = arm.armId;
    },
    disarm: async () => {},
    onPress: (listener) => listeners.add(listener),
    onChange: () => {},
    condition: () => ({ state: 'ready', faults: [] }),
    garbageCount: () => 0,
    ignoredPresses: () => 0,
    close: async () => {},
  };
  return {
    driver,
    armedId: () => armId,
    press: (button: number, pressedAt: Date) => {
      if (armId === null) throw new Error('the keypad was never armed');
      const press = { armId, button, pressedAt: pressedAt.toISOString() };
      listeners.forEach((listener) => listener(press));
    },
  };
};

/** A ticket as the kiosk prints it, for jobs whose content does not matter. */
export const ticket: TicketPrint = {
  kind: 'ticket',
  centreName: 'Trung tâm',
  ticketNumber: 'A001',
  serviceName: 'Hộ tịch',
  peopleAhead: 0,
  estimatedWaitMinutes: null,
  issuedAt: '2026-11-26T01:00:00.000Z',
  timeZone: 'Asia/Ho_Chi_Minh',
};
