import { describe, expect, it } from 'vitest';
import { returnDateRuns } from './dossier-timeliness';
import type { DossierStatus } from './dossiers';

describe('returnDateRuns', () => {
  it('holds while the agency holds the dossier, and not once it waits on the citizen or is done', () => {
    const statuses: DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(statuses.filter(returnDateRuns)).toEqual([1, 2, 4]);
  });
});
