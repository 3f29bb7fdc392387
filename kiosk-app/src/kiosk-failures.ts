import type { KioskError } from './kiosk-api';
import { text, type Text } from './kiosk-text';

/** What the home screen says about a ticket not given, and whether the priority choice goes. */
export type TicketFailure = {
  text: Text;
  /** True when the declared priority group was the reason: the choice is cleared. */
  dropPriority: boolean;
};

/**
 * The kiosk's own words for a ticket the server did not give (other than a daily limit or a
 * closed service, which have their own screen), never the server's text (Vietnamese with an
 * English gloss). A `not-found` or `forbidden` naming `priorityCategoryId` means the centre
 * withdrew the declared group (removed it, or made it officer-granted) since the kiosk showed it.
 */
export const ticketFailure = (error: KioskError, withPriority: boolean): TicketFailure => {
  const aboutPriority = error.issues?.some((issue) => issue.path === 'priorityCategoryId') ?? false;
  if (withPriority && aboutPriority && (error.code === 'not-found' || error.code === 'forbidden')) {
    return { text: text('priorityRefused'), dropPriority: true };
  }
  return {
    text:
      // Refused as late: the server answered only after the citizen's wait, so nothing was issued.
      error.code === 'unreachable' || error.code === 'request-expired'
        ? text('failed', { message: text('timeout') })
        : text('failedAsk'),
    dropPriority: false,
  };
};

/**
 * Why a scanned ID card's dossiers cannot be listed, in the kiosk's words: no answer in time
 * says so (try again); any refusal sends the citizen to staff or to the code on the receipt.
 */
export const citizenDossiersFailure = (error: KioskError): Text =>
  error.code === 'unreachable'
    ? text('citizenDossiersFailed', { message: text('timeout') })
    : text('citizenDossiersFailedAsk');
