import { describe, expect, it } from 'vitest';
import type { DeviceHealthReport, FloorView } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import type { PresenceEntry } from './device-presence';
import type { CounterSnapshot } from './floor-source';
import { base, secondsBefore } from './floor-test-inputs';
import { buildFloorView, type FloorInputs } from './floor-view';

describe('devices switched off when nobody needs them', () => {
  const offline = (
    deviceId: string,
    kind: PresenceEntry['kind'],
    use: Partial<Pick<PresenceEntry, 'workedBy' | 'counterId'>> = {},
  ): PresenceEntry => ({
    deviceId,
    kind,
    online: false,
    lastSeen: secondsBefore(120),
    offlineSince: secondsBefore(120),
    workedBy: null,
    counterId: null,
    ...use,
  });
  const agentGone = (deviceId: string): DeviceHealthReport => ({
    deviceId,
    agentId: `agent-${deviceId}`,
    connected: false,
    reportedAt: secondsBefore(120),
    devices: [
      {
        kind: 'printer',
        uri: 'tcp://127.0.0.1:9100',
        state: 'ready',
        faults: [],
        since: secondsBefore(3600),
        garbageCount: 0,
        ignoredPresses: 0,
      },
    ],
  });
  const counterState = (state: CounterSnapshot['state'], heldBy: string | null) => ({
    state,
    reason: null,
    heldBy,
    current: null,
  });
  const deviceIn = (view: FloorView, id: string) => view.devices.find((device) => device.id === id);

  it('shows a closed counter’s PC and its agent’s printer as off, an open counter’s as critical', () => {
    const view = buildFloorView({
      ...base,
      // 10:00 on a working Thursday: the centre is at work.
      counters: new Map([
        ['quay-1', counterState('open', 'can-bo-1')],
        ['quay-2', counterState('closed', null)],
      ]),
      presence: [
        offline('counter-pc-1', 'counter', { workedBy: 'can-bo-1' }),
        offline('counter-pc-2', 'counter', { workedBy: 'can-bo-2' }),
      ],
      hardware: [agentGone('counter-pc-1'), agentGone('counter-pc-2')],
    });
    expect(view.alerts.map((alert) => [alert.id, alert.severity, alert.message])).toEqual([
      [
        'device-offline:counter:counter-pc-1',
        'critical',
        'Máy quầy Máy tính quầy 1 (counter-pc-1): mất kết nối',
      ],
      [
        'device-fault:counter-pc-1/printer:offline',
        'critical',
        'Máy in Máy tính quầy 1 (counter-pc-1): mất kết nối',
      ],
    ]);
    expect(deviceIn(view, 'counter-pc-1')).toMatchObject({ online: false, needed: true });
    expect(deviceIn(view, 'counter-pc-2')).toMatchObject({ online: false, needed: false });
    expect(deviceIn(view, 'counter-pc-2/printer')).toMatchObject({
      online: false,
      needed: false,
    });
  });

  it('shows kiosks and displays as off when no ticket could be issued, needed when one could', () => {
    // Office hours on every service: without hours a service takes tickets at any time.
    const openingHours = [{ weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' }];
    const byDefault = {
      ...demoCentre,
      services: demoCentre.services.map((service) => ({ ...service, openingHours })),
    };
    const closedOnDaysOff = { ...byDefault, queuePolicy: { closedOnNonWorkingDays: true } };
    const kiosk = offline('kiosk-1', 'kiosk');
    const display = offline('display-1', 'display');
    const at = (iso: string, config: FloorInputs['config'] = byDefault): FloorView => {
      const instant = new Date(iso);
      return buildFloorView({
        ...base,
        config,
        now: instant,
        presence: [
          { ...kiosk, offlineSince: new Date(instant.getTime() - 120_000).toISOString() },
          { ...display, offlineSince: new Date(instant.getTime() - 120_000).toISOString() },
        ],
        hardware: [{ ...agentGone('kiosk-1'), reportedAt: instant.toISOString() }],
      });
    };
    const missed = [
      'device-offline:display:display-1',
      'device-offline:kiosk:kiosk-1',
      'device-fault:kiosk-1/printer:offline',
    ];
    // Thursday 22:00 in Ho Chi Minh City, either policy; and 10:00 on Quốc khánh (2 September,
    // a holiday) when the centre refuses tickets on days off.
    [
      at('2026-11-26T15:00:00.000Z'),
      at('2026-11-26T15:00:00.000Z', closedOnDaysOff),
      at('2026-09-02T03:00:00.000Z', closedOnDaysOff),
    ].forEach((view) => {
      expect(view.alerts).toEqual([]);
      expect(view.devices.filter((device) => device.needed)).toEqual([]);
    });
    // By default the kiosks issue tickets on a holiday within the hours: the devices are missed,
    // as on Thursday at 10:00.
    expect(at('2026-09-02T03:00:00.000Z').alerts.map((alert) => alert.id)).toEqual(missed);
    expect(at('2026-11-26T03:00:00.000Z').alerts.map((alert) => alert.id)).toEqual(missed);
    expect(at('2026-11-26T03:00:00.000Z', closedOnDaysOff).alerts.map((alert) => alert.id)).toEqual(
      missed,
    );
  });

  it('names a rating screen after its counter, needed while that counter is open', () => {
    const tablet = offline('rating-quay-3', 'rating-screen', { counterId: 'quay-3' });
    const closed = buildFloorView({ ...base, presence: [tablet] });
    expect(deviceIn(closed, 'rating-quay-3')).toMatchObject({
      kind: 'rating-screen',
      ownerName: 'Màn hình đánh giá – Quầy 3',
      needed: false,
    });
    expect(closed.alerts).toEqual([]);
    const open = buildFloorView({
      ...base,
      presence: [tablet],
      counters: new Map([['quay-3', counterState('paused', 'can-bo-3')]]),
    });
    expect(open.alerts.map((alert) => [alert.message, alert.messageEn])).toEqual([
      [
        'Màn hình đánh giá – Quầy 3 (rating-quay-3): mất kết nối',
        'Rating screen – Counter 3 (rating-quay-3): offline',
      ],
    ]);
  });

  it('lists a counter PC and the rating page in its shell as two rows; its printer is the PC’s', () => {
    // The rating page runs in counter-pc-1's paired shell, so it connects under the PC's id.
    const view = buildFloorView({
      ...base,
      counters: new Map([['quay-1', counterState('open', 'can-bo-1')]]),
      presence: [
        offline('counter-pc-1', 'counter', { workedBy: 'can-bo-1' }),
        offline('counter-pc-1', 'rating-screen', { counterId: 'quay-1' }),
      ],
      hardware: [agentGone('counter-pc-1')],
    });
    expect(
      view.devices
        .filter((device) => device.ownerId === 'counter-pc-1')
        .map((device) => [device.id, device.kind, device.ownerName, device.needed]),
    ).toEqual([
      ['counter-pc-1', 'counter', 'Máy tính quầy 1', true],
      ['counter-pc-1', 'rating-screen', 'Màn hình đánh giá – Quầy 1', true],
      ['counter-pc-1/printer', 'printer', 'Máy tính quầy 1', true],
    ]);
    expect(view.alerts.map((alert) => [alert.id, alert.message])).toEqual([
      [
        'device-offline:counter:counter-pc-1',
        'Máy quầy Máy tính quầy 1 (counter-pc-1): mất kết nối',
      ],
      [
        'device-offline:rating-screen:counter-pc-1',
        'Màn hình đánh giá – Quầy 1 (counter-pc-1): mất kết nối',
      ],
      [
        'device-fault:counter-pc-1/printer:offline',
        'Máy in Máy tính quầy 1 (counter-pc-1): mất kết nối',
      ],
    ]);
    // The printer follows the PC, not the rating page: with the counter's officer gone to
    // another PC, the rating screen is still needed and the printer is not.
    const moved = buildFloorView({
      ...base,
      counters: new Map([['quay-1', counterState('open', 'can-bo-1')]]),
      presence: [
        offline('counter-pc-1', 'counter', { workedBy: 'can-bo-1' }),
        offline('counter-pc-1', 'rating-screen', { counterId: 'quay-1' }),
        { ...offline('counter-pc-5', 'counter', { workedBy: 'can-bo-1' }), online: true },
      ],
      hardware: [agentGone('counter-pc-1')],
    });
    expect(deviceIn(moved, 'counter-pc-1/printer')).toMatchObject({ needed: false });
  });

  it('warns, not critical, of an open counter’s PC lost outside working time', () => {
    // Thursday 22:00: counter 3 (civil status and land, office hours) was left open.
    const openingHours = [{ weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' }];
    const config = {
      ...demoCentre,
      services: demoCentre.services.map((service) => ({ ...service, openingHours })),
    };
    const evening = new Date('2026-11-26T15:00:00.000Z');
    const away = new Date(evening.getTime() - 120_000).toISOString();
    const at = (now: Date): FloorView =>
      buildFloorView({
        ...base,
        now,
        config,
        counters: new Map([['quay-3', counterState('open', 'can-bo-3')]]),
        presence: [
          { ...offline('counter-pc-3', 'counter', { workedBy: 'can-bo-3' }), offlineSince: away },
          {
            ...offline('rating-quay-3', 'rating-screen', { counterId: 'quay-3' }),
            offlineSince: away,
          },
        ],
        hardware: [{ ...agentGone('counter-pc-3'), reportedAt: away }],
      });
    expect(
      at(evening).alerts.map((alert) => [alert.severity, alert.message, alert.messageEn]),
    ).toEqual([
      [
        'warning',
        'Quầy 3 vẫn mở ngoài giờ làm việc; máy quầy mất kết nối (counter-pc-3)',
        'Counter 3 is still open outside working hours; its counter PC is offline (counter-pc-3)',
      ],
      ['warning', 'Máy in counter-pc-3: mất kết nối', 'Printer counter-pc-3: offline'],
      [
        'warning',
        'Quầy 3 vẫn mở ngoài giờ làm việc; màn hình đánh giá mất kết nối (rating-quay-3)',
        'Counter 3 is still open outside working hours; its rating screen is offline (rating-quay-3)',
      ],
    ]);
    // The next morning at 10:00 the counter is still open and the PC still gone: critical.
    const morning = at(new Date('2026-11-27T03:00:00.000Z'));
    expect(morning.alerts.map((alert) => [alert.severity, alert.message])).toEqual([
      ['critical', 'Máy quầy counter-pc-3: mất kết nối'],
      ['critical', 'Máy in counter-pc-3: mất kết nối'],
      ['critical', 'Màn hình đánh giá – Quầy 3 (rating-quay-3): mất kết nối'],
    ]);
  });
});
