import type { CentreConfig } from '../config/centre-config-schema';
import type {
  DeviceHealthReport,
  FloorAlert,
  FloorCounter,
  FloorDevice,
  FloorService,
  FloorView,
} from '@openops/protocol';
import { isBlockingFault } from '@openops/protocol';
import type { CounterSnapshot, WaitingSnapshot } from './floor-source';
import type { PresenceEntry } from './device-presence';
import { syncAlerts, type SyncReading } from './sync-alerts';
import { backupAlerts } from './backup-alerts';
import type { BackupHealth } from '../store/daily-backup';
import { deviceNeeds } from './device-need';

export type FloorInputs = {
  now: Date;
  businessDay: string;
  timeZone: string;
  waitAlertMinutes: number;
  config: Pick<
    CentreConfig,
    'services' | 'counters' | 'officers' | 'displays' | 'devices' | 'calendar'
  >;
  counters: ReadonlyMap<string, CounterSnapshot>;
  waiting: readonly WaitingSnapshot[];
  hardware: readonly DeviceHealthReport[];
  presence: readonly PresenceEntry[];
  /** How records reach OpenOPS, read at most every few seconds; null when not known. */
  sync?: SyncReading | null;
  /** Whether the daily copies are being written; null when the server takes none. */
  backup?: BackupHealth | null;
};

/**
 * How long a kiosk, display or counter PC the centre needs must stay unreachable before the
 * floor raises an alert: a server restart or a few seconds of lost Wi-Fi are not worth a red
 * line. Default 30 s.
 */
export const deviceOfflineAlertSeconds = 30;

const secondsBetween = (from: string, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / 1000));

const buildCounters = (inputs: FloorInputs): FloorCounter[] => {
  const officers = new Map((inputs.config.officers ?? []).map((officer) => [officer.id, officer]));
  return [...inputs.config.counters]
    .sort((a, b) => a.number - b.number)
    .map((counter) => {
      const snapshot = inputs.counters.get(counter.id);
      const officer = snapshot?.heldBy ? officers.get(snapshot.heldBy) : undefined;
      return {
        counterId: counter.id,
        number: counter.number,
        name: counter.name,
        zone: counter.zone,
        state: snapshot?.state ?? 'closed',
        reason: snapshot?.reason ?? null,
        officerId: officer?.id ?? null,
        officerName: officer?.name ?? null,
        current: snapshot?.current ?? null,
      };
    });
};

const buildServices = (inputs: FloorInputs): FloorService[] => {
  const waiting = new Map(inputs.waiting.map((entry) => [entry.serviceId, entry]));
  return inputs.config.services.map((service) => {
    const entry = waiting.get(service.id);
    return {
      serviceId: service.id,
      name: service.name,
      waiting: entry?.count ?? 0,
      longestWaitSeconds: entry ? secondsBetween(entry.oldestQueuedAt, inputs.now) : null,
      longestTicket: entry?.oldestNumber ?? null,
    };
  });
};

type Names = { vi: string; en: string };

/**
 * The name of each rating screen the configuration does not name, from the counter it said it
 * serves: "Màn hình đánh giá – Quầy 3", so the supervisor knows which tablet it is.
 */
const ratingScreenNames = (inputs: FloorInputs): Map<string, Names> => {
  const configured = new Set((inputs.config.devices ?? []).map((device) => device.id));
  const counters = new Map(inputs.config.counters.map((counter) => [counter.id, counter]));
  return new Map(
    inputs.presence.flatMap((entry): Array<[string, Names]> => {
      if (entry.kind !== 'rating-screen' || !entry.counterId) return [];
      if (configured.has(entry.deviceId)) return [];
      const counter = counters.get(entry.counterId);
      return [
        [
          entry.deviceId,
          {
            vi: `Màn hình đánh giá – ${counter?.name ?? entry.counterId}`,
            en: `Rating screen – ${counter ? `Counter ${counter.number}` : entry.counterId}`,
          },
        ],
      ];
    }),
  );
};

/**
 * Kiosks and displays come from the configuration and their sockets; counter PCs and rating
 * screens from their sockets; printers, scanners and keypads from what each agent reports.
 * Each says whether the centre needs it now; hardware is needed when its kiosk or PC is.
 */
const buildDevices = (inputs: FloorInputs, derived: ReadonlyMap<string, Names>): FloorDevice[] => {
  const presence = new Map(inputs.presence.map((entry) => [entry.deviceId, entry]));
  const needs = deviceNeeds(inputs);
  const names = new Map<string, string>();
  inputs.config.displays.forEach((display) => names.set(display.id, display.name));
  (inputs.config.devices ?? []).forEach((device) => names.set(device.id, device.name));
  derived.forEach((name, id) => names.set(id, name.vi));
  const nameOf = (id: string): string | null => names.get(id) ?? null;
  const known = new Map<string, FloorDevice['kind']>();
  (inputs.config.devices ?? []).forEach((device) => {
    if (device.role === 'kiosk' || device.role === 'display') known.set(device.id, device.role);
  });
  inputs.config.displays.forEach((display) => known.set(display.id, 'display'));
  inputs.presence.forEach((entry) => known.set(entry.deviceId, entry.kind));
  const apps: FloorDevice[] = [...known.entries()].map(([id, kind]) => {
    const seen = presence.get(id);
    return {
      id,
      kind,
      ownerId: id,
      ownerName: nameOf(id),
      online: seen?.online ?? false,
      needed: needs.of(kind, seen),
      state: null,
      faults: [],
      lastSeen: seen?.lastSeen ?? null,
      offlineSince: seen && !seen.online ? seen.offlineSince : null,
    };
  });
  const ownersNeeded = new Map(apps.map((app) => [app.ownerId, app.needed]));
  const hardware: FloorDevice[] = inputs.hardware.flatMap((report) =>
    report.devices.map((device) => {
      const online = report.connected && device.state !== 'disconnected';
      return {
        id: `${report.deviceId}/${device.kind}`,
        kind: device.kind,
        ownerId: report.deviceId,
        ownerName: nameOf(report.deviceId),
        online,
        needed: ownersNeeded.get(report.deviceId) ?? needs.atWork,
        state: report.connected ? device.state : 'disconnected',
        faults: report.connected ? device.faults : ['offline' as const],
        lastSeen: report.reportedAt,
        offlineSince: online ? null : report.connected ? device.since : report.reportedAt,
      };
    }),
  );
  return [...apps, ...hardware].sort((a, b) => a.id.localeCompare(b.id));
};

const faultNames: Record<string, { vi: string; en: string }> = {
  'paper-out': { vi: 'hết giấy', en: 'paper out' },
  'paper-near-end': { vi: 'sắp hết giấy', en: 'paper near end' },
  'cover-open': { vi: 'mở nắp', en: 'cover open' },
  offline: { vi: 'mất kết nối', en: 'offline' },
  unplugged: { vi: 'bị rút cáp', en: 'unplugged' },
};

const kindNames: Record<FloorDevice['kind'], { vi: string; en: string }> = {
  kiosk: { vi: 'Kiosk', en: 'Kiosk' },
  display: { vi: 'Màn hình', en: 'Display' },
  counter: { vi: 'Máy quầy', en: 'Counter PC' },
  'rating-screen': { vi: 'Màn hình đánh giá', en: 'Rating screen' },
  printer: { vi: 'Máy in', en: 'Printer' },
  scanner: { vi: 'Máy quét', en: 'Scanner' },
  keypad: { vi: 'Bàn phím đánh giá', en: 'Rating keypad' },
};

/** "Sảnh chờ tầng 1 (display-1)" when the device has a configured name, else its id. */
const ownerLabel = (device: FloorDevice): string =>
  device.ownerName ? `${device.ownerName} (${device.ownerId})` : device.ownerId;

/**
 * How an alert names a device: its kind and owner ("Máy in Kiosk sảnh tầng 1 (kiosk-1)"), or
 * the name derived for a rating screen, which already says what it is.
 */
const deviceLabel = (device: FloorDevice, derived: ReadonlyMap<string, Names>): Names => {
  const name = device.ownerId === device.id ? derived.get(device.id) : undefined;
  if (name) return { vi: `${name.vi} (${device.id})`, en: `${name.en} (${device.id})` };
  const kind = kindNames[device.kind];
  return { vi: `${kind.vi} ${ownerLabel(device)}`, en: `${kind.en} ${ownerLabel(device)}` };
};

const buildAlerts = (
  inputs: FloorInputs,
  services: readonly FloorService[],
  devices: readonly FloorDevice[],
  derived: ReadonlyMap<string, Names>,
): FloorAlert[] => {
  const at = inputs.now.toISOString();
  const threshold = inputs.waitAlertMinutes * 60;
  const namesEn = new Map(inputs.config.services.map((service) => [service.id, service.nameEn]));
  const waits: FloorAlert[] = services
    .filter((service) => (service.longestWaitSeconds ?? 0) >= threshold)
    .map((service) => {
      const minutes = Math.floor((service.longestWaitSeconds ?? 0) / 60);
      return {
        id: `long-wait:${service.serviceId}`,
        kind: 'long-wait',
        severity: minutes >= inputs.waitAlertMinutes * 2 ? 'critical' : 'warning',
        message: `${service.name}: số ${service.longestTicket ?? ''} đã chờ ${minutes} phút (ngưỡng ${inputs.waitAlertMinutes} phút)`,
        messageEn: `${namesEn.get(service.serviceId) ?? service.serviceId}: ticket ${service.longestTicket ?? ''} has waited ${minutes} min (threshold ${inputs.waitAlertMinutes} min)`,
        since: at,
      };
    });
  const faults: FloorAlert[] = devices.flatMap((device): FloorAlert[] => {
    // Switched off when nobody needs it (a closed counter, the centre after hours): no alert,
    // the device table says "Tắt".
    if (!device.online && !device.needed) return [];
    const label = deviceLabel(device, derived);
    if (device.faults.length > 0) {
      const blocking = device.faults.some(isBlockingFault);
      const vi = device.faults.map((fault) => faultNames[fault]?.vi ?? fault).join(', ');
      const en = device.faults.map((fault) => faultNames[fault]?.en ?? fault).join(', ');
      return [
        {
          id: `device-fault:${device.id}:${device.faults.join(',')}`,
          kind: 'device-fault',
          severity: blocking ? 'critical' : 'warning',
          message: `${label.vi}: ${vi}`,
          messageEn: `${label.en}: ${en}`,
          since: device.lastSeen ?? at,
        },
      ];
    }
    // A kiosk or display never seen is not an alert: it may simply be off.
    if (
      !device.online &&
      device.offlineSince !== null &&
      secondsBetween(device.offlineSince, inputs.now) >= deviceOfflineAlertSeconds
    ) {
      return [
        {
          id: `device-offline:${device.id}`,
          kind: 'device-offline',
          severity: 'critical',
          message: `${label.vi}: mất kết nối`,
          messageEn: `${label.en}: offline`,
          since: device.offlineSince,
        },
      ];
    }
    return [];
  });
  return [...faults, ...waits];
};

/** The supervisor's floor, from plain data: pure, so its rules are tested without a server. */
export const buildFloorView = (inputs: FloorInputs): FloorView => {
  const services = buildServices(inputs);
  const derived = ratingScreenNames(inputs);
  const devices = buildDevices(inputs, derived);
  return {
    at: inputs.now.toISOString(),
    businessDay: inputs.businessDay,
    timeZone: inputs.timeZone,
    waitAlertMinutes: inputs.waitAlertMinutes,
    counters: buildCounters(inputs),
    services,
    devices,
    alerts: [
      ...buildAlerts(inputs, services, devices, derived),
      ...syncAlerts(inputs.sync ?? null),
      ...backupAlerts(inputs.backup ?? null),
    ],
    sync: inputs.sync?.status ?? null,
  };
};
