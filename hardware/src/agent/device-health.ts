import type { DeviceHealth, DeviceKind } from '@openops/protocol';
import type { PrinterCondition } from '../printer/printer-driver';

export type HealthSource = {
  kind: DeviceKind;
  uri: string;
  condition: () => PrinterCondition;
  garbageCount: () => number;
  ignoredPresses: () => number;
};

/**
 * Keeps each device's health and when its state last changed, so `since` says how long a
 * printer has been out of paper rather than when the agent last looked.
 */
export const createHealthTracker = (sources: readonly HealthSource[], now: () => Date) => {
  const since = new Map<string, { key: string; at: string }>();
  return {
    snapshot: (): DeviceHealth[] =>
      sources.map((source) => {
        const { state, faults } = source.condition();
        const key = `${state}:${faults.join(',')}`;
        const previous = since.get(source.uri);
        const at = previous && previous.key === key ? previous.at : now().toISOString();
        since.set(source.uri, { key, at });
        return {
          kind: source.kind,
          uri: source.uri,
          state,
          faults,
          since: at,
          garbageCount: source.garbageCount(),
          ignoredPresses: source.ignoredPresses(),
        };
      }),
  };
};
