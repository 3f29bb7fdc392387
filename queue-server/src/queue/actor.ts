import { assertNever, type Principal } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';

/**
 * Who acts on the queue, as the use cases need it: an id for the audit trail, whether the
 * actor must hold a counter to work it (officers), and whether it may act on any counter.
 */
export type Actor = {
  id: string;
  /** Officers must open (hold) a counter before working it; demo clients need not. */
  mustHold: boolean;
  supervisor: boolean;
  /** Counters the actor may open; any when undefined. */
  counterIds?: readonly string[] | undefined;
};

/** An anonymous demo client (or a legacy caller naming only a device). */
export const demoActor = (id: string | null): Actor => ({
  id: id ?? 'rest',
  mustHold: false,
  supervisor: false,
});

export const actorOf = (principal: Principal, counterIds?: readonly string[]): Actor => {
  switch (principal.kind) {
    case 'officer':
      return {
        id: principal.officerId,
        mustHold: true,
        supervisor: principal.roles.includes('supervisor') || principal.roles.includes('admin'),
        counterIds,
      };
    case 'device':
      return { id: principal.deviceId, mustHold: true, supervisor: false, counterIds };
    case 'demo':
      return demoActor(principal.deviceId);
    default:
      return assertNever(principal);
  }
};

/** The actor for a principal, with the counters an officer is assigned to from the configuration. */
export const actorForPrincipal = (principal: Principal, config: CentreConfig): Actor =>
  actorOf(
    principal,
    principal.kind === 'officer'
      ? (config.officers ?? []).find((officer) => officer.id === principal.officerId)?.counterIds
      : undefined,
  );
