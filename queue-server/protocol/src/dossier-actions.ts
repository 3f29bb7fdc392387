import { assertNever } from './assert-never';
import type { DossierStatus } from './dossiers';

/** What an officer can do to a received dossier at the counter. */
export type DossierAction =
  'request-supplement' | 'supplement-received' | 'mark-processed' | 'mark-returned';

export const targetStatusOf = (action: DossierAction): DossierStatus => {
  switch (action) {
    case 'request-supplement':
      return 5;
    case 'supplement-received':
      return 4;
    case 'mark-processed':
      return 9;
    case 'mark-returned':
      return 10;
    default:
      return assertNever(action);
  }
};

/** Statuses an action may start from; anything else is refused as invalid-status-transition. */
export const allowedFrom = (action: DossierAction): readonly DossierStatus[] => {
  switch (action) {
    case 'request-supplement':
      return [2, 4];
    case 'supplement-received':
      return [5];
    case 'mark-processed':
      return [2, 4];
    case 'mark-returned':
      return [9];
    default:
      return assertNever(action);
  }
};
