import { describe, expect, it } from 'vitest';
import { oneDecimal, reportTable } from './report-tables';
import type { Report } from './reports';

const report: Report = {
  query: { from: '2026-10-01', to: '2026-10-31' },
  tickets: { issued: 1234, served: 1000, noShow: 34, cancelled: 0 },
  // 720 s is 12 minutes exactly: the promised decimal must still be there (12.0, not 12).
  waiting: { count: 1000, meanSeconds: 720, medianSeconds: 750, p90Seconds: 1_506 },
  service: { count: 1000, meanSeconds: null, medianSeconds: null, p90Seconds: null },
  hours: [{ hour: 8, issued: 40, served: 38, noShow: 2, meanWaitSeconds: 300 }],
  dossiers: { received: 10, onTime: 8, late: 1, pending: 1 },
  satisfaction: [
    {
      scope: 'total',
      id: 'total',
      name: 'Toàn trung tâm',
      total: 3,
      verySatisfied: 2,
      satisfied: 1,
      neutral: 0,
      dissatisfied: 0,
      veryDissatisfied: 0,
      satisfactionRate: 100,
    },
  ],
};

const valueOf = (label: string) =>
  reportTable(report, 'summary').rows.find(([name]) => name === label)?.[1];

describe('reportTable', () => {
  it('gives minutes one decimal, whole minutes included, and leaves counts whole', () => {
    expect(valueOf('Thời gian chờ trung bình (phút)')).toEqual({ value: 12, decimals: 1 });
    expect(valueOf('Thời gian chờ trung vị (phút)')).toEqual({ value: 12.5, decimals: 1 });
    expect(valueOf('Thời gian chờ P90 (phút)')).toEqual({ value: 25.1, decimals: 1 });
    expect(valueOf('Thời gian phục vụ trung bình (phút)')).toBeNull();
    expect(valueOf('Số phiếu đã cấp')).toBe(1234);
    expect(reportTable(report, 'hours').rows).toEqual([
      ['08:00', 40, 38, 2, { value: 5, decimals: 1 }],
    ]);
  });

  it('gives the satisfaction rate in percent with one decimal', () => {
    expect(reportTable(report, 'satisfaction').rows[0]?.at(-1)).toEqual({
      value: 100,
      decimals: 1,
    });
  });
});

describe('a narrowed report', () => {
  const narrowed: Report = {
    ...report,
    query: { ...report.query, counterId: 'quay-3', officerId: 'can-bo-2' },
    filters: [
      { label: 'Quầy', name: 'Quầy 3' },
      { label: 'Cán bộ', name: 'Lê Thị Bình' },
    ],
  };

  it('names its filters in the summary, after the period', () => {
    expect(reportTable(narrowed, 'summary').rows.slice(0, 4)).toEqual([
      ['Từ ngày', '2026-10-01'],
      ['Đến ngày', '2026-10-31'],
      ['Quầy', 'Quầy 3'],
      ['Cán bộ', 'Lê Thị Bình'],
    ]);
    // The whole centre's report lists no filter.
    expect(reportTable(report, 'summary').rows[2]?.[0]).toBe('Số phiếu đã cấp');
  });

  it('names its satisfaction total by the filters, not as the whole centre', () => {
    expect(reportTable(narrowed, 'satisfaction').rows[0]?.slice(0, 2)).toEqual([
      'Theo bộ lọc',
      'Quầy: Quầy 3; Cán bộ: Lê Thị Bình',
    ]);
    expect(reportTable(report, 'satisfaction').rows[0]?.slice(0, 2)).toEqual([
      'Toàn trung tâm',
      'Toàn trung tâm',
    ]);
  });
});

describe('oneDecimal', () => {
  it('rounds to one decimal and keeps no value as null', () => {
    expect(oneDecimal(66.66)).toEqual({ value: 66.7, decimals: 1 });
    expect(oneDecimal(null)).toBeNull();
  });
});
