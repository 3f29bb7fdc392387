import type { Procedure } from '@openops/protocol';

/**
 * A procedure's English name as the centre configured it, for a citizen who reads English (the
 * kiosk's lookups, the citizen's list of dossiers). Undefined when the centre gave none (an
 * emptied box is none) or no longer has the procedure: callers then show the Vietnamese name
 * the dossier keeps.
 */
export const procedureNameEn = (
  procedures: readonly Procedure[],
  procedureId: string,
): string | undefined =>
  procedures.find((procedure) => procedure.id === procedureId)?.nameEn || undefined;
