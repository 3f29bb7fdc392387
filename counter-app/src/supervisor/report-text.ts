import type { Language } from '@openops/client';
import {
  ratingLevelLabels,
  reportTable,
  type Report,
  type ReportTable,
  type ReportTableData,
  type Service,
} from '@openops/protocol';
import { filteredScopeName } from './report-query';

/** The filters' labels as the server writes them (Vietnamese), and in English. */
const filterLabels: Record<string, string> = {
  'Dịch vụ': 'Service',
  Quầy: 'Counter',
  'Cán bộ': 'Officer',
};

/** The name the server gives the whole centre's satisfaction row. */
const wholeCentre: Record<Language, string> = { vi: 'Toàn trung tâm', en: 'Whole centre' };

/**
 * The English of every fixed text `reportTable` writes: titles, headers, the summary's row
 * labels and the satisfaction scopes. The exported files keep the Vietnamese (the centre's
 * language); only the screen reads these. A text missing here shows in Vietnamese, which the
 * unit test catches.
 */
const englishLabels: Record<string, string> = {
  ...filterLabels,
  ...Object.fromEntries(Object.values(ratingLevelLabels).map(({ vi, en }) => [vi, en])),
  [wholeCentre.vi]: wholeCentre.en,
  [filteredScopeName.vi]: filteredScopeName.en,
  'Tổng hợp': 'Summary',
  'Chỉ tiêu': 'Measure',
  'Giá trị': 'Value',
  'Từ ngày': 'From',
  'Đến ngày': 'To',
  'Số phiếu đã cấp': 'Tickets issued',
  'Số phiếu đã phục vụ': 'Tickets served',
  'Số phiếu vắng mặt': 'No-show tickets',
  'Số phiếu đã huỷ': 'Tickets cancelled',
  'Thời gian chờ trung bình (phút)': 'Mean wait (min)',
  'Thời gian chờ trung vị (phút)': 'Median wait (min)',
  'Thời gian chờ P90 (phút)': 'P90 wait (min)',
  'Thời gian phục vụ trung bình (phút)': 'Mean service time (min)',
  'Thời gian phục vụ trung vị (phút)': 'Median service time (min)',
  'Thời gian phục vụ P90 (phút)': 'P90 service time (min)',
  'Hồ sơ đã tiếp nhận': 'Dossiers received',
  'Hồ sơ đúng hạn': 'Dossiers on time',
  'Hồ sơ trễ hạn': 'Dossiers late',
  'Hồ sơ đang giải quyết': 'Dossiers in progress',
  'Theo giờ': 'By hour',
  Giờ: 'Hour',
  'Đã phục vụ': 'Served',
  'Vắng mặt': 'No-show',
  'Chờ trung bình (phút)': 'Mean wait (min)',
  'Mức độ hài lòng': 'Satisfaction',
  'Phạm vi': 'Scope',
  Tên: 'Name',
  'Tổng số đánh giá': 'Ratings',
  'Tỷ lệ hài lòng (%)': 'Satisfaction rate (%)',
};

const english = (text: string): string => englishLabels[text] ?? text;

/**
 * The report with its names in `language`. In English the filters are labelled in English,
 * services go by their English names (`nameEn`) and the whole centre's satisfaction row is
 * "Whole centre"; counters and officers keep their one configured name. Vietnamese is the
 * server's report as it is.
 */
export const reportInLanguage = (
  report: Report,
  language: Language,
  services: readonly Pick<Service, 'id' | 'nameEn'>[],
): Report => {
  if (language === 'vi') return report;
  const serviceName = (id: string | undefined): string | undefined =>
    services.find((service) => service.id === id)?.nameEn;
  return {
    ...report,
    filters: (report.filters ?? []).map((filter) => ({
      label: english(filter.label),
      name:
        filter.label === 'Dịch vụ'
          ? (serviceName(report.query.serviceId) ?? filter.name)
          : filter.name,
    })),
    satisfaction: report.satisfaction.map((row) => {
      if (row.scope === 'total') return { ...row, name: wholeCentre.en };
      if (row.scope === 'service') return { ...row, name: serviceName(row.id) ?? row.name };
      return row;
    }),
  };
};

/**
 * A report table for the screen in `language`: the exported table (`reportTable`), its title,
 * headers and first column (row labels, scopes) in English when asked. Give it the report from
 * `reportInLanguage`, so the names in it are in the same language.
 */
export const screenTable = (
  report: Report,
  table: ReportTable,
  language: Language,
): ReportTableData => {
  const data = reportTable(report, table);
  if (language === 'vi') return data;
  return {
    title: english(data.title),
    headers: data.headers.map(english),
    rows: data.rows.map((row) =>
      row.map((cell, index) => (index === 0 && typeof cell === 'string' ? english(cell) : cell)),
    ),
  };
};
