import { describe, expect, it } from 'vitest';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { demoCentre } from '../config/demo-centre';
import { openDatabase } from '../store/database';
import { createOfficerNames } from '../store/officer-names';
import { createReportService } from './report-service';

// 09:30 on Thursday 26 November 2026 in Hanoi.
const clock = (): Date => new Date('2026-11-26T02:30:00.000Z');
const day = { from: '2026-11-26', to: '2026-11-26' };

const centreWith = () => {
  let current: CentreConfig = structuredClone(demoCentre);
  const config: CentreConfigStore = {
    filePath: 'memory',
    current: () => current,
    update: async () => ({ ok: true, config: current }),
  };
  const database = openDatabase(':memory:');
  const officerNames = createOfficerNames(database);
  const reports = createReportService({ database, config, clock, officerNames });
  const rate = (id: string, officerId: string, level: string): void => {
    database
      .prepare(
        `INSERT INTO ratings (id, ticket_id, ticket_number, counter_id, officer_id, service_id,
           level, source, rated_at, business_day)
         VALUES (?, ?, 'A001', 'quay-1', ?, 'ho-tich', ?, 'keypad', ?, '2026-11-26')`,
      )
      .run(id, `ticket-${id}`, officerId, level, clock().toISOString());
  };
  return {
    reports,
    rate,
    remember: () => officerNames.remember(current.officers ?? []),
    removeOfficer: (officerId: string) => {
      current = {
        ...current,
        officers: (current.officers ?? []).filter((officer) => officer.id !== officerId),
      };
    },
    rename: (officerId: string, name: string) => {
      current = {
        ...current,
        officers: (current.officers ?? []).map((officer) =>
          officer.id === officerId ? { ...officer, name } : officer,
        ),
      };
    },
  };
};

const nameOf = (officerId: string): string =>
  demoCentre.officers?.find((officer) => officer.id === officerId)?.name ?? '';

/**
 * An officer who leaves the centre leaves the configuration, not the records: reports keep
 * naming their figures, and a supervisor can still narrow a report to them.
 */
describe('reports after an officer is removed', () => {
  it('name the removed officer, list them last as removed, and filter by them', () => {
    const centre = centreWith();
    centre.remember();
    centre.rate('r1', 'can-bo-2', 'very-satisfied');
    centre.rate('r2', 'can-bo-2', 'satisfied');
    centre.rate('r3', 'can-bo-1', 'neutral');
    centre.removeOfficer('can-bo-2');

    const officerRows = centre.reports
      .report(day)
      .satisfaction.filter((row) => row.scope === 'officer');
    expect(officerRows.map((row) => [row.name, row.total])).toEqual(
      expect.arrayContaining([
        [nameOf('can-bo-2'), 2],
        [nameOf('can-bo-1'), 1],
      ]),
    );
    const listed = centre.reports.officers();
    expect(listed.at(-1)).toEqual({ id: 'can-bo-2', name: nameOf('can-bo-2'), removed: true });
    expect(listed.filter((officer) => officer.removed)).toHaveLength(1);

    const narrowed = centre.reports.report({ ...day, officerId: 'can-bo-2' });
    expect(narrowed.filters).toEqual([{ label: 'Cán bộ', name: nameOf('can-bo-2') }]);
    expect(narrowed.satisfaction.find((row) => row.scope === 'total')?.total).toBe(2);
  });

  it('keep the last name an officer had before removal', () => {
    const centre = centreWith();
    centre.remember();
    centre.rename('can-bo-3', 'Lê Thị Hồng Nhung');
    centre.remember();
    centre.removeOfficer('can-bo-3');
    expect(centre.reports.officers().find((officer) => officer.id === 'can-bo-3')).toEqual({
      id: 'can-bo-3',
      name: 'Lê Thị Hồng Nhung',
      removed: true,
    });
  });
});
