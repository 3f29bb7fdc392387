import type { CitizenDossier, CitizenDossiersBody, ClassifiedScan } from '@openops/protocol';
import type { KioskReply } from './kiosk-api';

/** A scanned citizen ID card, as the classifier gives it. */
export type CitizenCard = Extract<ClassifiedScan, { kind: 'citizen-id' }>;

/** Finds a scanned citizen's dossiers by the card's whole ID numbers. */
export type FindCitizenDossiers = (
  body: CitizenDossiersBody,
) => Promise<KioskReply<CitizenDossier[]>>;

/**
 * What the server is sent to find the card's dossiers: its 12-digit ID and its old 9-digit ID
 * when it has one, nothing else (not the name). Null for a scan that carries no ID to send.
 */
export const citizenDossiersBodyOf = (card: CitizenCard): CitizenDossiersBody | null => {
  if (!card.idNumber) return null;
  return card.oldIdNumber
    ? { idNumber: card.idNumber, oldIdNumber: card.oldIdNumber }
    : { idNumber: card.idNumber };
};
