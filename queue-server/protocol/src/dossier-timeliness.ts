import type { DossierStatus } from './dossiers';

/**
 * The statuses in which the agency holds the dossier and its return date runs against it:
 * registered (1), received (2), processing (4). Once it waits on the citizen (a supplement, 5;
 * a fee, 6), is refused, withdrawn or stopped (3, 7, 8), or its result is ready or handed back
 * (9, 10), "on time" or "N days late" would blame the agency for what is not its delay.
 */
const agencyHolds: ReadonlySet<DossierStatus> = new Set<DossierStatus>([1, 2, 4]);

/** True when a dossier's return date counts: on time or late is said of it (DESIGN.md). */
export const returnDateRuns = (status: DossierStatus): boolean => agencyHolds.has(status);
