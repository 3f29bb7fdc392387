import {
  classifyScan,
  isBlockingFault,
  type DeviceHealth,
  type DeviceHealthReport,
  type PrinterStatusEvent,
  type ScanEvent,
  type ScanRead,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';

const log = createLogger('device-hub');

/** Sends events to the kiosk or counter sockets that named themselves `deviceId`. */
export type PushToDevice = {
  printerStatus: (deviceId: string, event: PrinterStatusEvent) => void;
  scan: (deviceId: string, event: ScanEvent) => void;
};

export type DeviceHub = {
  agentBound: (deviceId: string, agentId: string, keypadButtons: number | null) => void;
  agentGone: (deviceId: string, agentId: string) => void;
  health: (deviceId: string, agentId: string, devices: DeviceHealth[]) => void;
  scan: (deviceId: string, read: ScanRead) => ScanEvent;
  printerStatus: (deviceId: string) => PrinterStatusEvent;
  keypadButtons: (deviceId: string) => number | null;
  reports: () => DeviceHealthReport[];
};

/**
 * What the server knows of each kiosk's or counter's hardware: the latest health its agent
 * reported, the printer's condition pushed to the app on every change (so a kiosk can tell
 * the citizen to ask staff), and scans classified before they reach the app.
 */
export const createDeviceHub = (
  push: PushToDevice,
  clock: () => Date = () => new Date(),
): DeviceHub => {
  const reports = new Map<string, DeviceHealthReport>();
  const buttons = new Map<string, number | null>();
  const lastStatus = new Map<string, string>();

  const printerStatus = (deviceId: string): PrinterStatusEvent => {
    const report = reports.get(deviceId);
    const printer = report?.devices.find((device) => device.kind === 'printer');
    const at = clock().toISOString();
    if (!report?.connected || !printer) {
      return { deviceId, canPrint: false, state: 'disconnected', faults: ['offline'], at };
    }
    const canPrint =
      printer.state !== 'disconnected' &&
      printer.state !== 'fault' &&
      !printer.faults.some(isBlockingFault);
    return { deviceId, canPrint, state: printer.state, faults: printer.faults, at };
  };

  const announce = (deviceId: string): void => {
    const status = printerStatus(deviceId);
    const key = `${status.canPrint}:${status.state}:${status.faults.join(',')}`;
    if (lastStatus.get(deviceId) === key) return;
    lastStatus.set(deviceId, key);
    if (!status.canPrint)
      log.warn('printer cannot print', { deviceId, state: status.state, faults: status.faults });
    push.printerStatus(deviceId, status);
  };

  return {
    agentBound: (deviceId, agentId, keypadButtons) => {
      buttons.set(deviceId, keypadButtons);
      const previous = reports.get(deviceId);
      reports.set(deviceId, {
        deviceId,
        agentId,
        connected: true,
        devices: previous?.agentId === agentId ? previous.devices : [],
        reportedAt: clock().toISOString(),
      });
    },
    agentGone: (deviceId, agentId) => {
      const report = reports.get(deviceId);
      if (!report || report.agentId !== agentId) return;
      reports.set(deviceId, { ...report, connected: false, reportedAt: clock().toISOString() });
      announce(deviceId);
    },
    health: (deviceId, agentId, devices) => {
      reports.set(deviceId, {
        deviceId,
        agentId,
        connected: true,
        devices,
        reportedAt: clock().toISOString(),
      });
      announce(deviceId);
    },
    scan: (deviceId, read) => {
      const event: ScanEvent = {
        deviceId,
        source: read.source,
        at: read.at,
        scan: classifyScan(read.text),
      };
      // Never the text itself: it may hold a citizen's ID.
      log.info('scan', { deviceId, kind: event.scan.kind, length: read.text.length });
      push.scan(deviceId, event);
      return event;
    },
    printerStatus,
    keypadButtons: (deviceId) => buttons.get(deviceId) ?? null,
    reports: () => [...reports.values()],
  };
};
