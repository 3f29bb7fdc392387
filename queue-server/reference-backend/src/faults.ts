import type { FaultSettings } from '@openops/protocol';

/** What to do with one request under the current fault settings. */
export type FaultDecision =
  | { kind: 'pass' }
  | { kind: 'fail' }
  | { kind: 'drop' }
  | { kind: 'delay'; ms: number }
  /** Store the record, then answer only after `ms`: past the client's timeout the ack is lost. */
  | { kind: 'store-then-hang'; ms: number };

export const noFaults: FaultSettings = {
  mode: 'none',
  delayMs: 0,
  failRate: 0,
  timeoutRate: 0,
  hangMs: 15_000,
};

export const decideFault = (settings: FaultSettings, random: () => number): FaultDecision => {
  switch (settings.mode) {
    case 'none':
      return { kind: 'pass' };
    case 'fail':
      return { kind: 'fail' };
    case 'drop':
      return { kind: 'drop' };
    case 'slow':
      return { kind: 'delay', ms: settings.delayMs };
    case 'random': {
      const roll = random();
      if (roll < settings.failRate) return { kind: 'fail' };
      if (roll < settings.failRate + settings.timeoutRate)
        return { kind: 'store-then-hang', ms: settings.hangMs };
      return settings.delayMs > 0 ? { kind: 'delay', ms: settings.delayMs } : { kind: 'pass' };
    }
  }
};
