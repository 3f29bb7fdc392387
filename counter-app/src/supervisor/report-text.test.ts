import { describe, expect, it } from 'vitest';
import { reportTable, reportTables, type Report, type SatisfactionRow } from '@openops/protocol';
import { reportInLanguage, screenTable } from './report-text';

const level = (scope: SatisfactionRow['scope'], id: string, name: string): SatisfactionRow => ({
  scope,
  id,
  name,
  total: 2,
  verySatisfied: 1,
  satisfied: 1,
  neutral: 0,
  dissatisfied: 0,
  veryDissatisfied: 0,
  satisfactionRate: 100,
});

const whole: Report = {
  query: { from: '2026-10-01', to: '2026-10-31' },
  filters: [],
  tickets: { issued: 1200, served: 1100, noShow: 60, cancelled: 40 },
  waiting: { count: 1100, meanSeconds: 300, medianSeconds: 240, p90Seconds: 900 },
  service: { count: 1100, meanSeconds: 420, medianSeconds: 360, p90Seconds: 1200 },
  hours: [{ hour: 8, issued: 120, served: 110, noShow: 6, meanWaitSeconds: 312 }],
  dossiers: { received: 300, onTime: 250, late: 20, pending: 30 },
  satisfaction: [
    level('total', 'total', 'Toàn trung tâm'),
    level('officer', 'can-bo-1', 'Nguyễn Văn An'),
    level('counter', 'quay-1', 'Quầy 1'),
    level('service', 'chung-thuc', 'Chứng thực'),
  ],
};
const narrowed: Report = {
  ...whole,
  query: { ...whole.query, serviceId: 'chung-thuc', counterId: 'quay-1', officerId: 'can-bo-1' },
  filters: [
    { label: 'Dịch vụ', name: 'Chứng thực' },
    { label: 'Quầy', name: 'Quầy 1' },
    { label: 'Cán bộ', name: 'Nguyễn Văn An' },
  ],
};
const services = [{ id: 'chung-thuc', nameEn: 'Certification' }];

describe('report tables on screen', () => {
  it('are the exported tables, unchanged, in Vietnamese', () => {
    for (const table of reportTables) {
      expect(screenTable(reportInLanguage(narrowed, 'vi', services), table, 'vi')).toEqual(
        reportTable(narrowed, table),
      );
    }
  });

  it('have every title, header and row label in English, the figures as they are', () => {
    for (const report of [whole, narrowed]) {
      for (const table of reportTables) {
        const vi = reportTable(report, table);
        const en = screenTable(reportInLanguage(report, 'en', services), table, 'en');
        expect(en.title, table).not.toBe(vi.title);
        en.headers.forEach((header, index) => expect(header).not.toBe(vi.headers[index]));
        expect(en.rows).toHaveLength(vi.rows.length);
        en.rows.forEach((row, index) => {
          const viRow = vi.rows[index] ?? [];
          // The hour column is a time in both languages; every other row label is translated.
          if (table !== 'hours') expect(row[0], `${table} ${String(viRow[0])}`).not.toBe(viRow[0]);
          expect(row.slice(2)).toEqual(viRow.slice(2));
        });
      }
    }
  });

  it('names the measures, rating levels and scopes in plain English', () => {
    const en = (report: Report, table: (typeof reportTables)[number]) =>
      screenTable(reportInLanguage(report, 'en', services), table, 'en');
    const summary = en(narrowed, 'summary');
    expect(summary.title).toBe('Summary');
    expect(summary.rows.slice(0, 6)).toEqual([
      ['From', '2026-10-01'],
      ['To', '2026-10-31'],
      ['Service', 'Certification'],
      ['Counter', 'Quầy 1'],
      ['Officer', 'Nguyễn Văn An'],
      ['Tickets issued', 1200],
    ]);
    expect(en(whole, 'hours').headers).toEqual([
      'Hour',
      'Tickets issued',
      'Served',
      'No-show',
      'Mean wait (min)',
    ]);
    const satisfaction = en(whole, 'satisfaction');
    expect(satisfaction.headers.slice(3, 8)).toEqual([
      'Very satisfied',
      'Satisfied',
      'Neutral',
      'Dissatisfied',
      'Very dissatisfied',
    ]);
    expect(satisfaction.rows.map((row) => row.slice(0, 2))).toEqual([
      ['Whole centre', 'Whole centre'],
      ['Officer', 'Nguyễn Văn An'],
      ['Counter', 'Quầy 1'],
      ['Service', 'Certification'],
    ]);
    // A narrowed report's first row counts what its filters keep, named by them.
    expect(en(narrowed, 'satisfaction').rows[0]?.slice(0, 2)).toEqual([
      'Filtered',
      'Service: Certification; Counter: Quầy 1; Officer: Nguyễn Văn An',
    ]);
  });

  it('keeps a service the configuration no longer has by the name the server gave it', () => {
    const gone = reportInLanguage(narrowed, 'en', []);
    expect(gone.filters?.[0]).toEqual({ label: 'Service', name: 'Chứng thực' });
    expect(gone.satisfaction[3]?.name).toBe('Chứng thực');
  });
});
