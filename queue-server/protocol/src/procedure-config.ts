import { z } from 'zod';
import { idSchema, isoTimeSchema } from './entities';
import { procedureSchema } from './procedures';

/** `GET/PUT /api/v1/procedures/:id` path parameters. */
export const procedureParamsSchema = z.object({ id: idSchema });

/**
 * `PUT /api/v1/procedures/:id` body: the procedure's editable part, replaced whole so the
 * checklist a counter shows is always exactly what the supervisor saved. The id comes from the
 * path; a body that names another id is refused rather than silently renaming the procedure.
 * Two documents of one id, or two fees of one name, are refused by `procedureSchema` itself
 * (`documentListSchema`, `feeListSchema`).
 */
export const updateProcedureBodySchema = procedureSchema
  .omit({ id: true })
  .extend({ id: idSchema.optional() })
  .strict();
export type UpdateProcedureBody = z.infer<typeof updateProcedureBodySchema>;

/**
 * `procedures:changed`, server → kiosks and counters: the whole list of configured procedures,
 * sent on connect and again whenever a supervisor edits one, so screens never need a restart.
 */
export const proceduresChangedEventSchema = z.object({
  procedures: z.array(procedureSchema),
  /** The procedure that was edited; null on connect. */
  changedId: idSchema.nullable(),
  /** When the list was last written, or when it was sent on connect. */
  at: isoTimeSchema,
});
export type ProceduresChangedEvent = z.infer<typeof proceduresChangedEventSchema>;
