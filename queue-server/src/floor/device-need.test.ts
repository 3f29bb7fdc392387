import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
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
});
