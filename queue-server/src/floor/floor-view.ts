import type { CentreConfig } from '../config/centre-config-schema';
import type {
  Counter,
  DeviceHealthReport,
  FloorAlert,
  FloorCounter,
  FloorDevice,
  FloorDeviceKind,
  FloorService,
  FloorView,
} from '@openops/protocol';
import type { CounterSnapshot, WaitingSnapshot } from './floor-source';
import type { PresenceEntry } from './device-presence';
import { syncAlerts, type SyncReading } from './sync-alerts';
import { backupAlerts } from './backup-alerts';
import { serviceAlerts } from './service-alerts';
import type { BackupHealth } from '../store/daily-backup';
import { deviceNeeds } from './device-need';
import { deviceAlerts, type Names } from './device-alerts';

export type FloorInputs = {
  now: Date;
  businessDay: string;
  timeZone: string;
  waitAlertMinutes: number;
  config: Pick<
    CentreConfig,
    'services' | 'counters' | 'officers' | 'displays' | 'devices' | 'calendar' | 'queuePolicy'
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

/**
 * A device row's key. A device id alone is not one: a rating page opened in a counter PC's paired
 * shell connects under the shell's id, so the PC and its rating screen share it.
 */
const rowKey = (kind: FloorDeviceKind, id: string): string => `${kind}:${id}`;

/**
 * The kinds that run a hardware agent and so own printers, scanners and keypads: never a rating
 * page.
 */
const agentHosts: readonly FloorDeviceKind[] = ['counter', 'kiosk', 'display'];

/**
 * The name of each rating screen, from the counter it said it serves: "Màn hình đánh giá –
 * Quầy 3", so the supervisor knows which tablet it is. Keyed by device id, for rating-screen rows
 * only: the configuration names devices by the role they pair as (kiosk, display, counter), so a
 * name it gives the same id belongs to the counter PC whose shell shows the page, not to the page.
 */
const ratingScreenNames = (inputs: FloorInputs): Map<string, Names> => {
  const counters = new Map(inputs.config.counters.map((counter) => [counter.id, counter]));
  return new Map(
    inputs.presence.flatMap((entry): Array<[string, Names]> => {
      if (entry.kind !== 'rating-screen' || !entry.counterId) return [];
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

/** The devices, and for each row (by `rowKey`) the counters it is needed for only after hours. */
type DeviceRows = { devices: FloorDevice[]; leftOpen: ReadonlyMap<string, readonly Counter[]> };

/**
 * Kiosks and displays come from the configuration and their sockets; counter PCs and rating
 * screens from their sockets; printers, scanners and keypads from what each agent reports.
 * Each says whether the centre needs it now; hardware is needed when its kiosk or PC is.
 */
const buildDevices = (inputs: FloorInputs, derived: ReadonlyMap<string, Names>): DeviceRows => {
  const presence = new Map(
    inputs.presence.map((entry) => [rowKey(entry.kind, entry.deviceId), entry]),
  );
  const needs = deviceNeeds(inputs);
  const names = new Map<string, string>();
  inputs.config.displays.forEach((display) => names.set(display.id, display.name));
  (inputs.config.devices ?? []).forEach((device) => names.set(device.id, device.name));
  const nameOf = (kind: FloorDeviceKind, id: string): string | null =>
    kind === 'rating-screen' ? (derived.get(id)?.vi ?? null) : (names.get(id) ?? null);
  const known = new Map<string, { id: string; kind: FloorDeviceKind }>();
  const add = (kind: FloorDeviceKind, id: string): void => {
    known.set(rowKey(kind, id), { id, kind });
  };
  (inputs.config.devices ?? []).forEach((device) => {
    if (device.role === 'kiosk' || device.role === 'display') add(device.role, device.id);
  });
  inputs.config.displays.forEach((display) => add('display', display.id));
  inputs.presence.forEach((entry) => add(entry.kind, entry.deviceId));
  const leftOpen = new Map<string, readonly Counter[]>();
  const apps: FloorDevice[] = [...known.entries()].map(([key, { id, kind }]) => {
    const seen = presence.get(key);
    leftOpen.set(key, needs.leftOpen(kind, seen));
    return {
      id,
      kind,
      ownerId: id,
      ownerName: nameOf(kind, id),
      online: seen?.online ?? false,
      needed: needs.of(kind, seen),
      state: null,
      faults: [],
      lastSeen: seen?.lastSeen ?? null,
      offlineSince: seen && !seen.online ? seen.offlineSince : null,
    };
  });
  const rows = new Map(apps.map((app) => [rowKey(app.kind, app.id), app]));
  /** The kiosk or PC whose agent reported the hardware (a rating page never runs one). */
  const ownerKey = (deviceId: string): string | undefined =>
    agentHosts.map((kind) => rowKey(kind, deviceId)).find((key) => rows.has(key));
  const hardware: FloorDevice[] = inputs.hardware.flatMap((report) => {
    const owner = ownerKey(report.deviceId);
    return report.devices.map((device) => {
      const online = report.connected && device.state !== 'disconnected';
      const row: FloorDevice = {
        id: `${report.deviceId}/${device.kind}`,
        kind: device.kind,
        ownerId: report.deviceId,
        ownerName: names.get(report.deviceId) ?? null,
        online,
        needed: (owner ? rows.get(owner)?.needed : undefined) ?? needs.atWork,
        state: report.connected ? device.state : 'disconnected',
        faults: report.connected ? device.faults : ['offline' as const],
        lastSeen: report.reportedAt,
        offlineSince: online ? null : report.connected ? device.since : report.reportedAt,
      };
      leftOpen.set(rowKey(row.kind, row.id), (owner ? leftOpen.get(owner) : undefined) ?? []);
      return row;
    });
  });
  const devices = [...apps, ...hardware].sort(
    (a, b) => a.id.localeCompare(b.id) || a.kind.localeCompare(b.kind),
  );
  return { devices, leftOpen };
};

const buildWaitAlerts = (inputs: FloorInputs, services: readonly FloorService[]): FloorAlert[] => {
  const at = inputs.now.toISOString();
  const threshold = inputs.waitAlertMinutes * 60;
  const namesEn = new Map(inputs.config.services.map((service) => [service.id, service.nameEn]));
  return services
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
};

/** The supervisor's floor, from plain data: pure, so its rules are tested without a server. */
export const buildFloorView = (inputs: FloorInputs): FloorView => {
  const services = buildServices(inputs);
  const derived = ratingScreenNames(inputs);
  const { devices, leftOpen } = buildDevices(inputs, derived);
  return {
    at: inputs.now.toISOString(),
    businessDay: inputs.businessDay,
    timeZone: inputs.timeZone,
    waitAlertMinutes: inputs.waitAlertMinutes,
    counters: buildCounters(inputs),
    services,
    devices,
    alerts: [
      ...deviceAlerts({ now: inputs.now, devices, derived, leftOpen }),
      ...buildWaitAlerts(inputs, services),
      ...syncAlerts(inputs.sync ?? null),
      ...backupAlerts(inputs.backup ?? null),
      ...serviceAlerts({
        services: inputs.config.services,
        counters: inputs.config.counters,
        waiting: new Map(services.map((service) => [service.serviceId, service.waiting])),
        now: inputs.now,
      }),
    ],
    sync: inputs.sync?.status ?? null,
  };
};
