import type { Dossier, ReceiveDossierBody } from '@openops/protocol';

/** How far back a dossier counts as the one just sent when the answer was lost. Default 5 min. */
export const lostAnswerWindowMs = 5 * 60_000;

/**
 * When the server's answer to a reception is lost (a timeout, a dropped link), the dossier may
 * still have been stored. Before the officer sends it again, this finds it among the day's
 * dossiers: same procedure, applicant, counter and ticket, received within the window. Sending
 * it again would give one citizen two codes.
 */
export const findJustReceived = (
  dossiers: readonly Dossier[],
  body: Pick<ReceiveDossierBody, 'procedureId' | 'applicant' | 'counterId' | 'ticketId'>,
  now: number,
): Dossier | null =>
  dossiers.find(
    (dossier) =>
      dossier.procedureId === body.procedureId &&
      dossier.applicant.name === body.applicant.name.trim() &&
      dossier.counterId === body.counterId &&
      dossier.ticketId === (body.ticketId ?? null) &&
      now - Date.parse(dossier.receivedAt) <= lostAnswerWindowMs,
  ) ?? null;
