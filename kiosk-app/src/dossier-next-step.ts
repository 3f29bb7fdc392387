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
