import { z } from 'zod';
import {
  priorityCategorySchema,
  serviceFieldSchema,
  type PriorityCategory,
  type ServiceField,
} from '@openops/protocol';

/**
 * Parts of the centre model the kiosk uses when the server sends them with `centre:snapshot`:
 * fields (lĩnh vực) to group services, and priority categories a citizen may declare. Read from
 * the snapshot as `unknown`, so a server that does not send them yet gives a flat menu and no
 * priority choice rather than an error.
 */
const extrasSchema = z.object({
  fields: z.array(serviceFieldSchema).optional(),
  priorityCategories: z.array(priorityCategorySchema).optional(),
});

export type CentreExtras = {
  fields: ServiceField[];
  /** Every priority category, to name the one a ticket carries. */
  priorityCategories: PriorityCategory[];
  /** Only those a kiosk may grant by the citizen's own declaration. */
  selfDeclared: PriorityCategory[];
};

export const noExtras: CentreExtras = { fields: [], priorityCategories: [], selfDeclared: [] };

export const centreExtrasOf = (snapshot: unknown): CentreExtras => {
  const parsed = extrasSchema.safeParse(snapshot);
  if (!parsed.success) return noExtras;
  const priorityCategories = parsed.data.priorityCategories ?? [];
  return {
    fields: parsed.data.fields ?? [],
    priorityCategories,
    selfDeclared: priorityCategories.filter((category) => category.selfDeclared === true),
  };
};

/**
 * The priority group a citizen chose, as the centre's latest snapshot has it: null once the
 * centre removed it or no longer lets citizens declare it (a ticket asked with it would be
 * refused), else the snapshot's own entry (a renamed group shows its new name).
 */
export const keptPriority = (
  chosen: PriorityCategory | null,
  selfDeclared: readonly PriorityCategory[],
): PriorityCategory | null =>
  chosen ? (selfDeclared.find((category) => category.id === chosen.id) ?? null) : null;
