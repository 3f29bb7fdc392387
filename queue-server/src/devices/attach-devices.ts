import path from 'node:path';
import type { Namespace, Server } from 'socket.io';
import type {
  AgentClientEvents,
  AgentServerEvents,
  CounterClientEvents,
  CounterServerEvents,
  DeviceRole,
  KioskClientEvents,
  KioskServerEvents,
} from '@openops/protocol';
import { keypadPressNotice } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { handleAgents } from '../realtime/agent-namespace';
import { createPrintDispatcher, type PrintDispatcher } from '../realtime/print-dispatcher';
import { deviceIdOf } from '../realtime/socket-auth';
import { createDeviceHub, type DeviceHub, type PushToDevice } from './device-hub';
import { createKeypadDispatcher, type KeypadDispatcher } from './keypad-dispatcher';
import { createPrintJobRepository } from './print-job-repository';
import { storedArmsOf } from './stored-arms';
import { schedulePrintJobPurge } from './print-job-retention';

const log = createLogger('devices');

export type DevicesArea = {
  printer: PrintDispatcher;
  devices: DeviceHub;
  keypads: KeypadDispatcher;
};

type Deps = {
  io: Server;
  kiosk: Namespace<KioskClientEvents, KioskServerEvents>;
  counter: Namespace<CounterClientEvents, CounterServerEvents>;
  agent: Namespace<AgentClientEvents, AgentServerEvents>;
  config: CentreConfigStore;
  /** The operational store; when not given, `queue.sqlite` beside the configuration is opened. */
  database?: SqliteDatabase;
  /** Devices paired with the centre (none without security), besides the configured ones. */
  pairedDevices?: () => readonly { deviceId: string; role: DeviceRole }[];
  clock?: () => Date;
};

/**
 * The hardware side of the server: durable print jobs, device health and printer status,
 * classified scans and keypad arming, all routed by the kiosk or counter an agent serves.
 */
export const attachDevices = ({
  io,
  kiosk,
  counter,
  agent,
  config,
  database,
  pairedDevices = () => [],
  clock,
}: Deps): DevicesArea => {
  let store = database;
  if (!store) {
    const file = path.join(path.dirname(config.filePath), 'queue.sqlite');
    const own = openDatabase(file);
    io.httpServer?.once('close', () => own.close());
    log.info('print jobs kept in their own connection', { file });
    store = own;
  }
  const now = clock ?? (() => new Date());

  const socketsOf = (deviceId: string) => [
    ...[...kiosk.sockets.values()].filter((socket) => deviceIdOf(socket) === deviceId),
    ...[...counter.sockets.values()].filter((socket) => deviceIdOf(socket) === deviceId),
  ];
  const push: PushToDevice = {
    printerStatus: (deviceId, event) =>
      socketsOf(deviceId).forEach((socket) => socket.emit('printer:status', event)),
    scan: (deviceId, event) =>
      socketsOf(deviceId).forEach((socket) => socket.emit('scan:classified', event)),
  };

  const jobs = createPrintJobRepository(store);
  const printer = createPrintDispatcher(jobs, now);
  const stopPurge = schedulePrintJobPurge(jobs, now);
  io.httpServer?.once('close', stopPurge);
  const devices = createDeviceHub(push, now);
  const keypads = createKeypadDispatcher({
    agentFor: printer.agentFor,
    buttonsFor: devices.keypadButtons,
    clock: now,
    storedArm: storedArmsOf(store),
    onRated: (event) => {
      for (const socket of counter.sockets.values()) {
        if (deviceIdOf(socket) === event.deviceId) {
          socket.emit('keypad:rated', keypadPressNotice(event));
        }
      }
    },
  });

  // A kiosk or counter that connects learns at once whether its printer can print.
  kiosk.on('connection', (socket) => {
    socket.emit('printer:status', devices.printerStatus(deviceIdOf(socket)));
  });
  counter.on('connection', (socket) => {
    socket.emit('printer:status', devices.printerStatus(deviceIdOf(socket)));
  });
  // A kiosk or counter PC the centre knows: configured ahead, or paired by an admin.
  const roleOf = (deviceId: string): DeviceRole | null =>
    (config.current().devices ?? []).find((device) => device.id === deviceId)?.role ??
    pairedDevices().find((device) => device.deviceId === deviceId)?.role ??
    null;
  handleAgents(agent, { printer, devices, keypads, roleOf });
  return { printer, devices, keypads };
};
