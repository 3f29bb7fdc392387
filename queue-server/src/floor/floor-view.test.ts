import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { base, now, secondsBefore } from './floor-test-inputs';
import { buildFloorView } from './floor-view';
import { readSync } from './sync-alerts';

describe('buildFloorView', () => {
  it('lists every counter closed and every service empty on a quiet floor, without alerts', () => {
    const view = buildFloorView(base);
    expect(view.counters.map((counter) => counter.state)).toEqual(
      demoCentre.counters.map(() => 'closed'),
    );
    expect(view.services.every((service) => service.waiting === 0)).toBe(true);
    expect(view.alerts).toEqual([]);
  });

  it('raises a long-wait alert at the threshold, critical at twice it', () => {
    const view = buildFloorView({
      ...base,
      waiting: [
        {
          serviceId: 'ho-tich',
          count: 3,
          oldestQueuedAt: '2026-11-26T02:40:00.000Z',
          oldestNumber: 'A001',
        },
        {
          serviceId: 'chung-thuc',
          count: 1,
          oldestQueuedAt: '2026-11-26T02:19:00.000Z',
          oldestNumber: 'B004',
        },
        {
          serviceId: 'dat-dai',
          count: 1,
          oldestQueuedAt: '2026-11-26T02:41:00.000Z',
          oldestNumber: 'C002',
        },
      ],
    });
    const hoTich = view.services.find((service) => service.serviceId === 'ho-tich');
    expect(hoTich).toMatchObject({ waiting: 3, longestWaitSeconds: 1200, longestTicket: 'A001' });
    expect(view.alerts.map((alert) => [alert.id, alert.severity])).toEqual([
      ['long-wait:ho-tich', 'warning'],
      ['long-wait:chung-thuc', 'critical'],
    ]);
    expect(view.alerts[0]?.message).toContain('A001 đã chờ 20 phút');
    // English names the service as the centre does in English, not by its id.
    expect(view.alerts[0]?.messageEn).toBe(
      'Civil status: ticket A001 has waited 20 min (threshold 20 min)',
    );
  });

  it('turns a printer fault into a device and a critical alert, paper near end into a warning', () => {
    const view = buildFloorView({
      ...base,
      hardware: [
        {
          deviceId: 'kiosk-1',
          agentId: 'agent-1',
          connected: true,
          reportedAt: now.toISOString(),
          devices: [
            {
              kind: 'printer',
              uri: 'tcp://127.0.0.1:9100',
              state: 'fault',
              faults: ['paper-out'],
              since: now.toISOString(),
              garbageCount: 0,
              ignoredPresses: 0,
            },
            {
              kind: 'keypad',
              uri: 'serial:/dev/pts/3',
              state: 'ready',
              faults: ['paper-near-end'],
              since: now.toISOString(),
              garbageCount: 0,
              ignoredPresses: 0,
            },
          ],
        },
      ],
    });
    const printer = view.devices.find((device) => device.id === 'kiosk-1/printer');
    // Hardware carries its kiosk's configured name; a device the configuration does not name
    // has none.
    expect(printer?.ownerName).toBe('Kiosk sảnh tầng 1');
    expect(view.devices.find((device) => device.id === 'display-1')?.ownerName).toBe(
      'Màn hình sảnh chờ tầng 1',
    );
    expect(printer).toMatchObject({ kind: 'printer', online: true, faults: ['paper-out'] });
    expect(view.alerts.map((alert) => [alert.kind, alert.severity, alert.message])).toEqual([
      ['device-fault', 'warning', 'Bàn phím đánh giá Kiosk sảnh tầng 1 (kiosk-1): sắp hết giấy'],
      ['device-fault', 'critical', 'Máy in Kiosk sảnh tầng 1 (kiosk-1): hết giấy'],
    ]);
  });

  it('marks hardware of a gone agent offline, and a kiosk that left as offline', () => {
    const view = buildFloorView({
      ...base,
      hardware: [
        {
          deviceId: 'kiosk-1',
          agentId: 'agent-1',
          connected: false,
          reportedAt: now.toISOString(),
          devices: [
            {
              kind: 'printer',
              uri: 'tcp://127.0.0.1:9100',
              state: 'ready',
              faults: [],
              since: now.toISOString(),
              garbageCount: 0,
              ignoredPresses: 0,
            },
          ],
        },
      ],
      presence: [
        {
          deviceId: 'kiosk-1',
          kind: 'kiosk',
          online: false,
          lastSeen: secondsBefore(45),
          offlineSince: secondsBefore(45),
          workedBy: null,
          counterId: null,
        },
      ],
    });
    expect(view.devices.find((device) => device.id === 'kiosk-1/printer')).toMatchObject({
      online: false,
      faults: ['offline'],
    });
    expect(view.alerts.map((alert) => alert.id)).toEqual([
      'device-offline:kiosk:kiosk-1',
      'device-fault:kiosk-1/printer:offline',
    ]);
  });

  it('raises no offline alert for a device away under 30 s, or never seen', () => {
    const away = (deviceId: string, seconds: number) => ({
      deviceId,
      kind: 'display' as const,
      online: false,
      lastSeen: secondsBefore(seconds + 600),
      offlineSince: secondsBefore(seconds),
      workedBy: null,
      counterId: null,
    });
    const view = buildFloorView({
      ...base,
      // display-1 dropped 10 s ago; display-tang-2 was last seen before a restart 31 s ago.
      presence: [away('display-1', 10), away('display-tang-2', 31)],
    });
    expect(view.alerts.map((alert) => [alert.id, alert.since])).toEqual([
      ['device-offline:display:display-tang-2', secondsBefore(31)],
    ]);
    expect(view.devices.find((device) => device.id === 'display-1')).toMatchObject({
      online: false,
      lastSeen: secondsBefore(610),
      offlineSince: secondsBefore(10),
    });
    // kiosk-1 is configured but was never seen: listed offline, no alert.
    expect(view.devices.find((device) => device.id === 'kiosk-1')).toMatchObject({
      online: false,
      lastSeen: null,
      offlineSince: null,
    });
  });

  it('names a device the configuration does not know by its id only', () => {
    const view = buildFloorView({
      ...base,
      presence: [
        {
          deviceId: 'counter-pc-9',
          kind: 'counter',
          online: false,
          lastSeen: secondsBefore(120),
          offlineSince: secondsBefore(120),
          workedBy: null,
          counterId: null,
        },
      ],
    });
    expect(view.devices.find((device) => device.id === 'counter-pc-9')?.ownerName).toBeNull();
    expect(view.alerts.map((alert) => alert.message)).toContain(
      'Máy quầy counter-pc-9: mất kết nối',
    );
  });

  it('carries the sync status it was given, and its alerts, so screens need no second reading', () => {
    expect(buildFloorView(base).sync).toBeNull();
    const status = {
      enabled: true,
      pending: 0,
      parked: 1,
      delivered: 4,
      oldestPendingSeconds: null,
      lastDeliveredAt: null,
      lastError: null,
      lastErrorAt: null,
      catalogueRefreshedAt: null,
    };
    const view = buildFloorView({ ...base, sync: readSync(status, now, null) });
    expect(view.sync).toEqual(status);
    expect(view.alerts.map((alert) => alert.kind)).toEqual(['sync-parked']);
  });
});
