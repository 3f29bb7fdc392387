import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfig } from '../config/centre-config-schema';
import { createQueueService } from '../queue/queue-service';
import { openDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import type { PresenceEntry } from './device-presence';
import type { CounterSnapshot } from './floor-source';
import { deviceNeeds, type NeedInputs } from './device-need';

// Thursday 26 November 2026, 10:00 and 22:00 in Ho Chi Minh City.
const morning = new Date('2026-11-26T03:00:00.000Z');
const evening = new Date('2026-11-26T15:00:00.000Z');

const pc = (deviceId: string, workedBy: string | null, lastSeen: string): PresenceEntry => ({
  deviceId,
  kind: 'counter',
  online: false,
  lastSeen,
  offlineSince: lastSeen,
  workedBy,
  counterId: null,
});
const held = (heldBy: string, state: CounterSnapshot['state'] = 'open'): CounterSnapshot => ({
  state,
  reason: null,
  heldBy,
  current: null,
});
// Office hours on every service (the demo centre's take tickets at any time).
const openingHours = [{ weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' }];
const config = {
  calendar: demoCentre.calendar,
  counters: demoCentre.counters,
  services: demoCentre.services.map((service) => ({ ...service, openingHours })),
};
const inputs = (
  presence: PresenceEntry[],
  counters: Array<[string, CounterSnapshot]>,
  now = morning,
): NeedInputs => ({
  now,
  timeZone: 'Asia/Ho_Chi_Minh',
  config,
  counters: new Map(counters),
  presence,
});
const neededPcs = (given: NeedInputs): string[] => {
  const needs = deviceNeeds(given);
  return given.presence
    .filter((entry) => needs.of(entry.kind, entry))
    .map((entry) => entry.deviceId);
};

describe('deviceNeeds', () => {
  it('needs the PC an officer works from while the officer holds a counter, open or paused', () => {
    const presence = [
      pc('counter-pc-1', 'can-bo-1', '2026-11-26T02:00:00.000Z'),
      pc('counter-pc-2', 'can-bo-2', '2026-11-26T02:00:00.000Z'),
    ];
    expect(neededPcs(inputs(presence, [['quay-1', held('can-bo-1', 'paused')]]))).toEqual([
      'counter-pc-1',
    ]);
    // A counter left open after hours still needs its PC: the officer has not closed it.
    expect(neededPcs(inputs(presence, [['quay-2', held('can-bo-2')]], evening))).toEqual([
      'counter-pc-2',
    ]);
    // A counter the configuration no longer has needs nothing.
    expect(neededPcs(inputs(presence, [['quay-9', held('can-bo-1')]]))).toEqual([]);
    expect(neededPcs(inputs(presence, [['quay-1', held('can-bo-1', 'closed')]]))).toEqual([]);
  });

  it('frees the PC an officer left for another one, and a PC nobody is signed in on', () => {
    const presence = [
      pc('counter-pc-1', 'can-bo-1', '2026-11-26T02:00:00.000Z'),
      { ...pc('counter-pc-3', 'can-bo-1', '2026-11-26T02:05:00.000Z'), online: true },
      // Signed out: its socket came back under the PC's own id, which holds no counter.
      pc('counter-pc-4', 'counter-pc-4', '2026-11-26T02:00:00.000Z'),
    ];
    expect(neededPcs(inputs(presence, [['quay-1', held('can-bo-1')]]))).toEqual(['counter-pc-3']);
  });

  it('judges a PC whose use it does not know by the centre’s hours, like a kiosk', () => {
    const unknown = [pc('counter-pc-9', null, '2026-11-26T01:00:00.000Z')];
    expect(neededPcs(inputs(unknown, []))).toEqual(['counter-pc-9']);
    expect(neededPcs(inputs(unknown, [], evening))).toEqual([]);
    expect(deviceNeeds(inputs([], [], evening)).atWork).toBe(false);
  });

  it('tells a PC or rating screen needed only for a counter left open after hours', () => {
    const presence = [
      pc('counter-pc-1', 'can-bo-1', '2026-11-26T02:00:00.000Z'),
      {
        ...pc('rating-quay-1', null, '2026-11-26T02:00:00.000Z'),
        kind: 'rating-screen' as const,
        counterId: 'quay-1',
      },
    ];
    const leftOpenOf = (given: NeedInputs): string[][] => {
      const needs = deviceNeeds(given);
      return presence.map((entry) =>
        needs.leftOpen(entry.kind, entry).map((counter) => counter.name),
      );
    };
    const quay1 = held('can-bo-1');
    expect(leftOpenOf(inputs(presence, [['quay-1', quay1]], evening))).toEqual([
      ['Quầy 1'],
      ['Quầy 1'],
    ]);
    // Within working time, or while a second counter it holds is within its own: not left open.
    expect(leftOpenOf(inputs(presence, [['quay-1', quay1]]))).toEqual([[], []]);
    const saturdayMorning = new Date('2026-11-21T02:00:00.000Z');
    const saturdays = {
      ...config,
      services: config.services.map((service) =>
        service.id === 'chung-thuc'
          ? { ...service, openingHours: [{ weekdays: [6], from: '07:30', to: '11:30' }] }
          : service,
      ),
    };
    const both: Array<[string, CounterSnapshot]> = [
      ['quay-1', quay1],
      ['quay-3', held('can-bo-1')],
    ];
    expect(leftOpenOf({ ...inputs(presence, both, saturdayMorning), config: saturdays })).toEqual([
      [],
      ['Quầy 1'],
    ]);
    // Not needed at all: nothing to tell.
    expect(leftOpenOf(inputs(presence, [], evening))).toEqual([[], []]);
  });
});

describe('kiosks and displays are needed exactly when a kiosk could issue a ticket', () => {
  const withPolicy = (queuePolicy: CentreConfig['queuePolicy']): CentreConfig => ({
    ...structuredClone(demoCentre),
    // One service, taking tickets on weekday office hours and Saturday mornings.
    services: structuredClone(demoCentre.services)
      .filter((service) => service.id === 'ho-tich')
      .map((service) => ({
        ...service,
        openingHours: [
          { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '17:00' },
          { weekdays: [6], from: '07:30', to: '11:30' },
        ],
      })),
    queuePolicy,
  });
  const policies = [
    {},
    { closedOnNonWorkingDays: true },
    { issueOnHolidays: true },
  ] satisfies Array<CentreConfig['queuePolicy']>;
  it.each([
    // Thursday 09:00 and 22:00; Saturday (not a working day) 09:00 and 14:00; Quốc khánh 09:00.
    // Issued by default, when the centre closes on days off, and when it takes holidays:
    ['2026-11-26T09:00:00+07:00', [true, true, true]],
    ['2026-11-26T22:00:00+07:00', [false, false, false]],
    ['2026-11-21T09:00:00+07:00', [true, false, true]],
    ['2026-11-21T14:00:00+07:00', [false, false, false]],
    ['2026-09-02T09:00:00+07:00', [false, false, true]],
  ])('at %s, with each policy', (iso, expected) => {
    const now = new Date(iso);
    policies.forEach((policy, index) => {
      const centre = withPolicy(policy);
      const queue = createQueueService({
        config: {
          filePath: 'memory',
          current: () => centre,
          update: async () => ({ ok: true, config: centre }),
        },
        tickets: createTicketRepository(openDatabase(':memory:')),
        clock: () => now,
      });
      const issued = queue.issueTicket('ho-tich', 'kiosk-1').ok;
      expect(issued).toBe(expected[index]);
      const needs = deviceNeeds({
        now,
        timeZone: centre.centre.timeZone,
        config: centre,
        counters: new Map(),
        presence: [],
      });
      expect({ policy, kiosk: needs.of('kiosk', undefined) }).toEqual({ policy, kiosk: issued });
      expect(needs.of('display', undefined)).toBe(issued);
    });
  });
});
