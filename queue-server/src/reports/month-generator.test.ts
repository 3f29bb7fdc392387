import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { generateMonth } from './month-generator';
import { computeReport } from './compute-report';
import { readReportRecords } from './report-rows';

const folders: string[] = [];
const freshDatabase = (): SqliteDatabase => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-month-'));
  folders.push(folder);
  return openDatabase(path.join(folder, 'queue.sqlite'));
};
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

const asOf = new Date('2026-11-26T00:00:00.000Z');
const dump = (database: SqliteDatabase): unknown[] => [
  database.prepare('SELECT * FROM tickets ORDER BY id').all(),
  database.prepare('SELECT * FROM ratings ORDER BY id').all(),
  database.prepare('SELECT * FROM dossiers ORDER BY code').all(),
];

describe('generateMonth', () => {
  it('writes the same records for the same seed, and others for another seed', () => {
    const options = { month: '2026-10', seed: 42, ticketsPerServiceDay: 12, asOf };
    const first = freshDatabase();
    const second = freshDatabase();
    const other = freshDatabase();
    const summary = generateMonth(first, demoCentre, options);
    generateMonth(second, demoCentre, options);
    generateMonth(other, demoCentre, { ...options, seed: 43 });
    expect(summary.days).toBe(22); // October 2026: 22 weekdays, no holiday in the demo calendar
    expect(summary.tickets).toBeGreaterThan(22 * 4 * 4);
    expect(dump(first)).toEqual(dump(second));
    expect(dump(first)).not.toEqual(dump(other));
    [first, second, other].forEach((database) => database.close());
  }, 60_000);

  it('gives records whose report adds up: every ticket counted once, levels and dossiers partitioned', () => {
    const database = freshDatabase();
    const summary = generateMonth(database, demoCentre, {
      month: '2026-10',
      seed: 5,
      ticketsPerServiceDay: 10,
      asOf,
    });
    const query = { from: '2026-10-01', to: '2026-10-31' };
    const report = computeReport(query, readReportRecords(database, query, null), demoCentre, asOf);
    const { tickets, dossiers } = report;
    expect(tickets.issued).toBe(summary.tickets);
    expect(tickets.served + tickets.noShow + tickets.cancelled).toBe(tickets.issued);
    expect(report.hours.reduce((sum, hour) => sum + hour.issued, 0)).toBe(tickets.issued);
    expect(report.hours.every((hour) => hour.hour >= 7 && hour.hour <= 16)).toBe(true);
    expect(dossiers.received).toBe(summary.dossiers);
    expect(dossiers.onTime + dossiers.late + dossiers.pending).toBe(dossiers.received);
    expect(dossiers.onTime).toBeGreaterThan(dossiers.late);
    const total = report.satisfaction.find((row) => row.scope === 'total');
    expect(total?.total).toBe(summary.ratings);
    const levels = [
      total?.verySatisfied,
      total?.satisfied,
      total?.neutral,
      total?.dissatisfied,
      total?.veryDissatisfied,
    ];
    expect(levels.reduce((sum: number, count) => sum + (count ?? 0), 0)).toBe(summary.ratings);
    expect(total?.neutral).toBeGreaterThan(0);
    const byOfficer = report.satisfaction.filter((row) => row.scope === 'officer');
    expect(byOfficer.reduce((sum, row) => sum + row.total, 0)).toBe(summary.ratings);
    database.close();
  }, 60_000);

  it('writes several months into one store, each its own records', () => {
    const database = freshDatabase();
    const options = { seed: 3, ticketsPerServiceDay: 5, asOf };
    const september = generateMonth(database, demoCentre, { ...options, month: '2026-09' });
    const october = generateMonth(database, demoCentre, { ...options, month: '2026-10' });
    const count = database.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number };
    expect(count.n).toBe(september.tickets + october.tickets);
    database.close();
  }, 60_000);

  it('refuses a month that is not YYYY-MM', () => {
    const database = freshDatabase();
    expect(() => generateMonth(database, demoCentre, { month: '2026-13', seed: 1 })).toThrow(
      RangeError,
    );
    database.close();
  });
});
