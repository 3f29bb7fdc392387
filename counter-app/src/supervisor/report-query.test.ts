import { describe, expect, it } from 'vitest';
import type { ReportTableData } from '@openops/protocol';
import {
  exportFileName,
  exportPath,
  reportScope,
  sameQuery,
  satisfactionForScreen,
  satisfactionRowsForScreen,
} from './report-query';

const names = {
  services: [{ id: 'chung-thuc', name: 'Chứng thực' }],
  counters: [{ id: 'quay-1', name: 'Quầy 1' }],
  officers: [{ id: 'can-bo-2', name: 'Trần Thị Bình' }],
};
const month = { from: '2026-10-01', to: '2026-10-31' };

describe('the report on screen and its files', () => {
  it('exports the query the report was loaded with, each filter in the file name', () => {
    const narrowed = { ...month, counterId: 'quay-1', officerId: 'can-bo-2' };
    expect(exportPath(narrowed, 'csv', 'summary')).toBe(
      '/reports/export?from=2026-10-01&to=2026-10-31&counterId=quay-1&officerId=can-bo-2&format=csv&table=summary',
    );
    expect(exportFileName(narrowed, 'csv', 'summary')).toBe(
      'bao-cao-2026-10-01-2026-10-31-quay_quay-1-can-bo_can-bo-2-summary.csv',
    );
    expect(exportFileName({ ...month, serviceId: 'chung-thuc' }, 'xlsx', 'summary')).toBe(
      'bao-cao-2026-10-01-2026-10-31-dich-vu_chung-thuc.xlsx',
    );
    expect(exportFileName(month, 'csv', 'hours')).toBe('bao-cao-2026-10-01-2026-10-31-hours.csv');
  });

  it('says the period and filters of the report on screen, by name', () => {
    expect(reportScope(month, names)).toBe(
      'Kỳ báo cáo: 01/10/2026 – 31/10/2026; toàn trung tâm (mọi dịch vụ, quầy và cán bộ).',
    );
    expect(reportScope({ ...month, serviceId: 'chung-thuc', officerId: 'can-bo-9' }, names)).toBe(
      'Kỳ báo cáo: 01/10/2026 – 31/10/2026; Dịch vụ: Chứng thực; Cán bộ: can-bo-9.',
    );
    expect(sameQuery(month, { ...month })).toBe(true);
    expect(sameQuery(month, { ...month, counterId: 'quay-1' })).toBe(false);
  });

  it('never calls a narrowed report\'s first satisfaction row "Toàn trung tâm"', () => {
    const table: ReportTableData = {
      title: 'Mức độ hài lòng',
      headers: ['Phạm vi', 'Tên', 'Tổng số đánh giá'],
      rows: [
        ['Toàn trung tâm', 'Toàn trung tâm', 12],
        ['Quầy', 'Quầy 1', 12],
      ],
    };
    const narrowed = { ...month, counterId: 'quay-1' };
    expect(satisfactionForScreen(table, ['total', 'counter'], narrowed, names).rows).toEqual([
      ['Theo bộ lọc', 'Quầy: Quầy 1', 12],
      ['Quầy', 'Quầy 1', 12],
    ]);
    expect(satisfactionForScreen(table, ['total', 'counter'], month, names)).toBe(table);
    const row = {
      scope: 'total' as const,
      id: 'total',
      name: 'Toàn trung tâm',
      total: 1,
      verySatisfied: 1,
      satisfied: 0,
      neutral: 0,
      dissatisfied: 0,
      veryDissatisfied: 0,
      satisfactionRate: 100,
    };
    expect(satisfactionRowsForScreen([row], narrowed)[0]?.name).toBe('Theo bộ lọc');
    expect(satisfactionRowsForScreen([row], month)[0]?.name).toBe('Toàn trung tâm');
  });
});
