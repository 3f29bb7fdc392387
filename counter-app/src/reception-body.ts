import type { FeeQuantityInput } from '@openops/protocol';
import type { Applicant } from './applicant-fields';
import type { Checklist } from './dossier-draft';

/** The checklist's received documents, in the order the body lists them. */
const receivedEntries = (checklist: Checklist) =>
  Object.entries(checklist).filter(([, entry]) => entry.received);

/** The received documents' ids, in the body's order (its error paths count them so). */
export const receivedIds = (checklist: Checklist): string[] =>
  receivedEntries(checklist).map(([documentId]) => documentId);

export type ReceptionForm = {
  procedureId: string | undefined;
  applicant: Applicant;
  /** The masked number of a card scanned into the form, if one was. */
  scannedId: string | null;
  /**
   * That card's whole number, held in memory only (never in the saved draft nor on screen):
   * sent for the server to keep its digest, so the card finds the dossier at the kiosk.
   */
  scannedIdNumber: string | null;
  checklist: Checklist;
  /** The per-unit fees' counts, as `feeQuantitiesOf` gives them. */
  feeQuantities: FeeQuantityInput[];
  counterId: string;
  officerName: string;
  ticketId: string | null;
  notifyBySms: boolean;
  requestId: string;
};

/**
 * What the reception form sends, before `receiveDossierBodySchema` checks it: blank optional
 * fields left out; a typed ID number, else the scanned card's whole number, else (a draft
 * restored after the page reloaded) its masked form.
 */
export const receptionBody = (form: ReceptionForm): unknown => {
  const { applicant, checklist } = form;
  const idNumber = applicant.idNumber.trim();
  const phone = applicant.phone.trim();
  const address = applicant.address.trim();
  return {
    procedureId: form.procedureId,
    applicant: {
      name: applicant.name,
      ...(idNumber
        ? { idNumber }
        : form.scannedIdNumber
          ? { idNumber: form.scannedIdNumber }
          : form.scannedId
            ? { idMasked: form.scannedId }
            : {}),
      ...(phone ? { phone } : {}),
      ...(address ? { address } : {}),
    },
    documents: receivedEntries(checklist).map(([documentId, entry]) => ({
      documentId,
      form: entry.form,
      quantity: entry.quantity,
    })),
    ...(form.feeQuantities.length > 0 ? { feeQuantities: form.feeQuantities } : {}),
    counterId: form.counterId,
    officerName: form.officerName,
    ...(form.ticketId ? { ticketId: form.ticketId } : {}),
    notifyBySms: form.notifyBySms,
    requestId: form.requestId,
  };
};
