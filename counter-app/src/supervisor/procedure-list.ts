import type { Procedure } from '@openops/protocol';

/**
 * The procedures with one just saved in place of its old version (added when new), so the
 * editor, picking it again, shows and saves what the server now holds.
 */
export const withSaved = (procedures: readonly Procedure[], saved: Procedure): Procedure[] =>
  procedures.some((procedure) => procedure.id === saved.id)
    ? procedures.map((procedure) => (procedure.id === saved.id ? saved : procedure))
    : [...procedures, saved];
