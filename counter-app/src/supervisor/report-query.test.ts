import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportPath,
  reportScope,
  sameQuery,
  satisfactionRowsForScreen,
} from './report-query';
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

  it('says the period and filters of the report on screen, by the names the server gives', () => {
    expect(reportScope({ query: month, filters: [] }, 'vi')).toBe(
      'Kỳ báo cáo: 01/10/2026 – 31/10/2026; toàn trung tâm (mọi dịch vụ, quầy và cán bộ).',
    );
    expect(
      reportScope(
        {
          query: { ...month, serviceId: 'chung-thuc', officerId: 'can-bo-9' },
          filters: [
            { label: 'Dịch vụ', name: 'Chứng thực' },
            { label: 'Cán bộ', name: 'can-bo-9' },
          ],
        },
        'vi',
      ),
    ).toBe('Kỳ báo cáo: 01/10/2026 – 31/10/2026; Dịch vụ: Chứng thực; Cán bộ: can-bo-9.');
    expect(sameQuery(month, { ...month })).toBe(true);
    expect(sameQuery(month, { ...month, counterId: 'quay-1' })).toBe(false);
  });

  it('says the period and filters in English, with the filters as the report names them', () => {
    expect(reportScope({ query: month, filters: [] }, 'en')).toBe(
      'Report period: 01/10/2026 – 31/10/2026; whole centre (all services, counters and officers).',
    );
    expect(
      reportScope(
        {
          query: { ...month, serviceId: 'chung-thuc', counterId: 'quay-1' },
          filters: [
            { label: 'Service', name: 'Certification' },
            { label: 'Counter', name: 'Quầy 1' },
          ],
        },
        'en',
      ),
    ).toBe('Report period: 01/10/2026 – 31/10/2026; Service: Certification; Counter: Quầy 1.');
  });

  it('never calls a narrowed report\'s first satisfaction bar "Toàn trung tâm"', () => {
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
    const narrowed = { satisfaction: [row], filters: [{ label: 'Quầy', name: 'Quầy 1' }] };
    expect(satisfactionRowsForScreen(narrowed, 'vi')[0]?.name).toBe('Theo bộ lọc');
    expect(satisfactionRowsForScreen(narrowed, 'en')[0]?.name).toBe('Filtered');
    expect(satisfactionRowsForScreen({ satisfaction: [row], filters: [] }, 'vi')[0]?.name).toBe(
      'Toàn trung tâm',
    );
  });
});
