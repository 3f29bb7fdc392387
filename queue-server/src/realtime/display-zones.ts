import {
  callsKeptFor,
  displayLayoutSchema,
  type Call,
  type CentreSnapshot,
  type DisplayConfig,
  type DisplayView,
} from '@openops/protocol';

type ZoneConfig = CentreSnapshot & { displays: DisplayConfig[] };

/**
 * The view one display draws: its configuration with the layout defaults filled in, and only
 * the counters of its zones with the services they serve. Null for a display id the centre's
 * configuration does not list.
 */
export const displayViewFor = (config: ZoneConfig, displayId: string): DisplayView | null => {
  const display = config.displays.find((candidate) => candidate.id === displayId);
  if (!display) return null;
  const counters = config.counters.filter((counter) => display.zones.includes(counter.zone));
  const servedIds = new Set(counters.flatMap((counter) => counter.serviceIds));
  return {
    id: display.id,
    name: display.name,
    zones: display.zones,
    notice: display.notice ?? null,
    layout: displayLayoutSchema.parse(display.layout ?? {}),
    counters,
    services: config.services.filter((service) => servedIds.has(service.id)),
  };
};

/**
 * The zone a call belongs to: its counter's. Null when the counter is no longer configured,
 * so the call reaches no display rather than every display.
 */
export const zoneOfCall = (config: Pick<ZoneConfig, 'counters'>, call: Call): string | null =>
  config.counters.find((counter) => counter.id === call.counterId)?.zone ?? null;

/**
 * Which calls a display is sent when it (re)connects: those of its zones' counters, as many as
 * it keeps live (`callsKeptFor`).
 */
export const recentCallsScope = (
  view: Pick<DisplayView, 'counters' | 'layout'>,
): { counterIds: string[]; limit: number } => ({
  counterIds: view.counters.map((counter) => counter.id),
  limit: callsKeptFor(view.counters.length, view.layout.recentPerCounter),
});

/** The socket.io room of a zone's displays. */
export const zoneRoom = (zone: string): string => `zone:${zone}`;
