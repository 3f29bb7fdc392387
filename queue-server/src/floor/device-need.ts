import { assertNever, type FloorDeviceKind } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';
import { isCentreAtWork } from '../domain/centre-hours';
import type { CounterSnapshot } from './floor-source';
import type { PresenceEntry } from './device-presence';

export type NeedInputs = {
  now: Date;
  timeZone: string;
  config: Pick<CentreConfig, 'services' | 'calendar'>;
  counters: ReadonlyMap<string, CounterSnapshot>;
  presence: readonly PresenceEntry[];
};

export type DeviceNeeds = {
  /** Whether the centre is at work now (a working day, within opening hours). */
  atWork: boolean;
  /** Whether the centre needs a kiosk, display, counter PC or rating screen now. */
  of: (kind: FloorDeviceKind, seen: PresenceEntry | undefined) => boolean;
};

const isWorking = (counter: CounterSnapshot | undefined): boolean =>
  counter?.state === 'open' || counter?.state === 'paused';

/** Online first, then the one heard from last. */
const isLater = (a: PresenceEntry, b: PresenceEntry): boolean =>
  a.online !== b.online ? a.online : a.lastSeen > b.lastSeen;

/**
 * When an offline device is worth an alert. Kiosks and displays serve the public: they are
 * needed while the centre is at work (a working day, within opening hours). A counter PC is
 * needed while whoever works from it holds a counter open or paused, a rating screen while its
 * counter is: at the end of the day the officer closes the counter and the PC goes off as it
 * should. An officer who moved to another PC works from the one heard from last, so the first
 * is free. A PC or rating screen whose use the server does not know (stored by an older
 * release) is judged by the centre's hours, like a kiosk. Hardware follows its kiosk or PC.
 */
export const deviceNeeds = (inputs: NeedInputs): DeviceNeeds => {
  const atWork = isCentreAtWork(inputs.now, {
    timeZone: inputs.timeZone,
    calendar: inputs.config.calendar,
    services: inputs.config.services,
  });
  const holders = new Set(
    [...inputs.counters.values()].flatMap((counter) =>
      isWorking(counter) && counter.heldBy ? [counter.heldBy] : [],
    ),
  );
  const latestPc = new Map<string, PresenceEntry>();
  inputs.presence.forEach((entry) => {
    if (entry.kind !== 'counter' || entry.workedBy === null) return;
    const other = latestPc.get(entry.workedBy);
    if (!other || isLater(entry, other)) latestPc.set(entry.workedBy, entry);
  });
  const of: DeviceNeeds['of'] = (kind, seen) => {
    switch (kind) {
      case 'kiosk':
      case 'display':
        return atWork;
      case 'counter':
        if (!seen || seen.workedBy === null) return atWork;
        return (
          holders.has(seen.workedBy) && latestPc.get(seen.workedBy)?.deviceId === seen.deviceId
        );
      case 'rating-screen':
        return seen?.counterId ? isWorking(inputs.counters.get(seen.counterId)) : atWork;
      case 'printer':
      case 'scanner':
      case 'keypad':
        // Never a socket of its own: the floor judges hardware by its kiosk or PC instead.
        return atWork;
      default:
        return assertNever(kind);
    }
  };
  return { atWork, of };
};
