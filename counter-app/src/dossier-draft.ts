import { z } from 'zod';
import { documentFormSchema, type Procedure } from '@openops/protocol';

const checkedSchema = z.object({
  received: z.boolean(),
  form: documentFormSchema,
  quantity: z.number().int().min(1).max(99),
});

const draftSchema = z.object({
  savedAt: z.number(),
  /** The reception's idempotency key: a dossier sent just before a crash is not received twice. */
  requestId: z.string().min(1),
  procedureId: z.string().nullable(),
  checklist: z.record(z.string(), checkedSchema),
  /** Per-unit fee name → the pages or copies typed; absent in drafts saved before fees had counts. */
  feeCounts: z.record(z.string(), z.string()).optional(),
  name: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  address: z.string(),
  notifyBySms: z.boolean(),
  scannedId: z.string().nullable(),
});

/** A dossier being entered at a counter, kept so a reload after a crash does not lose it. */
export type DossierDraft = z.infer<typeof draftSchema>;
export type Checklist = DossierDraft['checklist'];

/** A draft older than a working day is someone else's citizen, not the one at the counter. */
const draftLifetimeMs = 12 * 60 * 60 * 1000;

const keyFor = (counterId: string): string => `openops.counter.dossier-draft.${counterId}`;

/** Whether the officer has entered anything worth keeping. */
export const draftHasContent = (draft: Omit<DossierDraft, 'savedAt' | 'requestId'>): boolean =>
  draft.procedureId !== null ||
  [draft.name, draft.idNumber, draft.phone, draft.address].some((value) => value.trim() !== '');

/**
 * Kept in sessionStorage, like the officer's session: it survives a reload of the screen, and
 * the citizen's personal data goes with the window, not kept for the next day's officer.
 */
export const saveDraft = (counterId: string, draft: DossierDraft): void => {
  try {
    window.sessionStorage.setItem(keyFor(counterId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only a reload would lose it.
  }
};

export const loadDraft = (counterId: string, now = Date.now()): DossierDraft | null => {
  try {
    const stored = window.sessionStorage.getItem(keyFor(counterId));
    if (!stored) return null;
    const parsed = draftSchema.safeParse(JSON.parse(stored));
    if (!parsed.success || now - parsed.data.savedAt > draftLifetimeMs) {
      clearDraft(counterId);
      return null;
    }
    return parsed.data;
  } catch {
    return null;
  }
};

export const clearDraft = (counterId: string): void => {
  try {
    window.sessionStorage.removeItem(keyFor(counterId));
  } catch {
    // Nothing stored.
  }
};

/** The procedure's checklist as first offered: required documents ticked. */
export const initialChecklist = (procedure: Procedure): Checklist =>
  Object.fromEntries(
    procedure.documents.map((document) => [
      document.id,
      { received: document.required, form: document.form, quantity: document.quantity },
    ]),
  );

/**
 * A saved checklist laid over the procedure's current one: documents added since start as
 * offered, documents removed since are dropped.
 */
export const restoreChecklist = (procedure: Procedure, saved: Checklist): Checklist => {
  const fresh = initialChecklist(procedure);
  return Object.fromEntries(
    Object.entries(fresh).map(([documentId, entry]) => [documentId, saved[documentId] ?? entry]),
  );
};
