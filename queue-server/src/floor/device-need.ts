import { assertNever, type Counter, type FloorDeviceKind } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';
import { isCentreAtWork, isCounterAtWork, type CentreHours } from '../domain/centre-hours';
import { issuingRulesOf } from '../domain/issuing-hours';
import type { CounterSnapshot } from './floor-source';
import type { PresenceEntry } from './device-presence';

export type NeedInputs = {
  now: Date;
  timeZone: string;
  config: Pick<CentreConfig, 'services' | 'calendar' | 'counters' | 'queuePolicy'>;
  counters: ReadonlyMap<string, CounterSnapshot>;
  presence: readonly PresenceEntry[];
};

export type DeviceNeeds = {
  /** Whether the centre is at work now: a ticket for some service could be issued. */
  atWork: boolean;
  /** Whether the centre needs a kiosk, display, counter PC or rating screen now. */
  of: (kind: FloorDeviceKind, seen: PresenceEntry | undefined) => boolean;
  /**
   * The counters a counter PC or rating screen is needed for, when every one of them was left
   * open or paused outside its working time (overnight, over a weekend): its loss can wait for
   * the morning, a warning rather than critical. Empty otherwise, and for other kinds.
   */
  leftOpen: (kind: FloorDeviceKind, seen: PresenceEntry | undefined) => readonly Counter[];
};

const isWorking = (counter: CounterSnapshot | undefined): boolean =>
  counter?.state === 'open' || counter?.state === 'paused';

/** Online first, then the one heard from last. */
const isLater = (a: PresenceEntry, b: PresenceEntry): boolean =>
  a.online !== b.online ? a.online : a.lastSeen > b.lastSeen;

/**
 * When an offline device is worth an alert. Kiosks and displays serve the public: they are
 * needed while the centre is at work, that is while a kiosk could issue a ticket for some service
 * (the rule issuing applies). A counter PC is needed while whoever works from it holds a counter
 * open or paused, a rating screen while its counter is: at the end of the day the officer closes
 * the counter and the PC goes off as it should. An officer who moved to another PC works from the
 * one heard from last, so the first is free. A PC or rating screen whose use the server does not
 * know (stored by an older release) is judged by the centre's hours, like a kiosk. Hardware
 * follows its kiosk or PC.
 */
export const deviceNeeds = (inputs: NeedInputs): DeviceNeeds => {
  const hours: CentreHours = {
    ...issuingRulesOf({ ...inputs.config, centre: { timeZone: inputs.timeZone } }),
    services: inputs.config.services,
  };
  const atWork = isCentreAtWork(inputs.now, hours);
  const configured = new Map(inputs.config.counters.map((counter) => [counter.id, counter]));
  /** Configured counters held open or paused, by who holds them. */
  const held = new Map<string, Counter[]>();
  inputs.counters.forEach((snapshot, counterId) => {
    const counter = configured.get(counterId);
    if (!isWorking(snapshot) || !snapshot.heldBy || !counter) return;
    held.set(snapshot.heldBy, [...(held.get(snapshot.heldBy) ?? []), counter]);
  });
  const latestPc = new Map<string, PresenceEntry>();
  inputs.presence.forEach((entry) => {
    if (entry.kind !== 'counter' || entry.workedBy === null) return;
    const other = latestPc.get(entry.workedBy);
    if (!other || isLater(entry, other)) latestPc.set(entry.workedBy, entry);
  });
  /** The counters a device of known use serves now; null when its use is unknown. */
  const servedBy = (kind: FloorDeviceKind, seen: PresenceEntry | undefined): Counter[] | null => {
    if (kind === 'counter') {
      if (!seen || seen.workedBy === null) return null;
      return latestPc.get(seen.workedBy)?.deviceId === seen.deviceId
        ? (held.get(seen.workedBy) ?? [])
        : [];
    }
    if (!seen?.counterId) return null;
    const counter = configured.get(seen.counterId);
    return counter && isWorking(inputs.counters.get(counter.id)) ? [counter] : [];
  };
  const of: DeviceNeeds['of'] = (kind, seen) => {
    switch (kind) {
      case 'kiosk':
      case 'display':
        return atWork;
      case 'counter':
      case 'rating-screen': {
        const counters = servedBy(kind, seen);
        return counters === null ? atWork : counters.length > 0;
      }
      case 'printer':
      case 'scanner':
      case 'keypad':
        // Never a socket of its own: the floor judges hardware by its kiosk or PC instead.
        return atWork;
      default:
        return assertNever(kind);
    }
  };
  const leftOpen: DeviceNeeds['leftOpen'] = (kind, seen) => {
    if (kind !== 'counter' && kind !== 'rating-screen') return [];
    const counters = servedBy(kind, seen) ?? [];
    return counters.every((counter) => !isCounterAtWork(inputs.now, counter, hours))
      ? counters
      : [];
  };
  return { atWork, of, leftOpen };
};
