import { assertNever, type DossierStatus } from '@openops/protocol';
import type { MessageKey } from './messages';

/**
 * What the citizen should do next, by national status (DESIGN.md "Dossier status"). A
 * supplement request lists what to bring when the centre knows it (`hasSupplementItems`);
 * without a list (the status came from the province), the citizen asks at reception.
 */
export const nextStepOf = (status: DossierStatus, hasSupplementItems: boolean): MessageKey => {
  switch (status) {
    case 9:
      return 'nextReady';
    case 5:
      return hasSupplementItems ? 'nextSupplement' : 'nextSupplementAsk';
    case 6:
      return 'nextFinancial';
    case 10:
      return 'nextReturned';
    case 1:
    case 2:
    case 4:
      return 'nextWait';
    case 3:
    case 7:
    case 8:
      return 'nextAsk';
    default:
      return assertNever(status);
  }
};

/** What a dossier's answer offers the citizen, by the code lookup and the ID card's list alike. */
export type NextStep = {
  message: MessageKey;
  /** The documents to bring, while a supplement is requested; otherwise none. */
  bring: string[];
  /** Processed (status 9): the result waits at the "Trả kết quả" counter. */
  offersReturnTicket: boolean;
};

/** The next step for a dossier in `status` with the centre's supplement list (blank lines dropped). */
export const nextStepFor = (
  status: DossierStatus,
  supplementItems: readonly string[],
): NextStep => {
  // Blank lines are no item: "bring these:" is never followed by an empty list.
  const bring = status === 5 ? supplementItems.filter((item) => item.trim() !== '') : [];
  return {
    message: nextStepOf(status, bring.length > 0),
    bring,
    offersReturnTicket: status === 9,
  };
};
