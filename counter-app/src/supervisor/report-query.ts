import type { Language } from '@openops/client';
import {
  formatBusinessDay,
  type Report,
  type ReportFormat,
  type ReportTable,
} from '@openops/protocol';

/** A report's period and filters, as the server answered them with its figures. */
export type ReportQuery = Report['query'];

/** `from=…&to=…` and each filter set, for `GET /reports` and its export. */
export const reportQueryString = (query: ReportQuery): string => {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.serviceId) params.set('serviceId', query.serviceId);
  if (query.counterId) params.set('counterId', query.counterId);
  if (query.officerId) params.set('officerId', query.officerId);
  return params.toString();
};

/**
 * The export of the report on screen: its own query (the one the server answered), never the
 * form's fields, which may have been changed since without "Xem báo cáo".
 */
export const exportPath = (query: ReportQuery, format: ReportFormat, table: ReportTable): string =>
  `/reports/export?${reportQueryString(query)}&format=${format}&table=${table}`;

/**
 * The file's name: the period, then each filter as `<what>_<id>` (ids are plain ASCII), so
 * files of one month narrowed differently are told apart in a folder:
 * `bao-cao-2026-10-01-2026-10-31-quay_quay-1-summary.csv`.
 */
export const exportFileName = (
  query: ReportQuery,
  format: ReportFormat,
  table: ReportTable,
): string => {
  const filters = [
    query.serviceId ? `dich-vu_${query.serviceId}` : null,
    query.counterId ? `quay_${query.counterId}` : null,
    query.officerId ? `can-bo_${query.officerId}` : null,
  ].filter((part) => part !== null);
  const base = ['bao-cao', query.from, query.to, ...filters].join('-');
  return format === 'csv' ? `${base}-${table}.csv` : `${base}.xlsx`;
};

/** The report's filters in words, as the server names them: ["Dịch vụ: Chứng thực", …]. */
const filtersInWords = (report: Pick<Report, 'filters'>): string[] =>
  (report.filters ?? []).map((filter) => `${filter.label}: ${filter.name}`);

/**
 * One sentence on what the report covers, in `language`: its period and filters (named as the
 * report holds them: see `reportInLanguage` for their English). Days are day/month/year in both
 * languages, as en-GB writes them too.
 */
export const reportScope = (
  report: Pick<Report, 'query' | 'filters'>,
  language: Language,
): string => {
  const period = `${formatBusinessDay(report.query.from)} – ${formatBusinessDay(report.query.to)}`;
  const filters = filtersInWords(report);
  if (language === 'en') {
    return filters.length === 0
      ? `Report period: ${period}; whole centre (all services, counters and officers).`
      : `Report period: ${period}; ${filters.join('; ')}.`;
  }
  return filters.length === 0
    ? `Kỳ báo cáo: ${period}; toàn trung tâm (mọi dịch vụ, quầy và cán bộ).`
    : `Kỳ báo cáo: ${period}; ${filters.join('; ')}.`;
};

/** Whether the form's fields ask for another report than the one on screen. */
export const sameQuery = (a: ReportQuery, b: ReportQuery): boolean =>
  reportQueryString(a) === reportQueryString(b);

/** The name of a narrowed report's first satisfaction row, as the table's scope calls it. */
export const filteredScopeName: Record<Language, string> = { vi: 'Theo bộ lọc', en: 'Filtered' };

/**
 * The satisfaction chart's rows, its first named "Theo bộ lọc" ("Filtered") when the report is
 * narrowed, as the table (`reportTable`) names it: it counts the ratings the filters keep, not
 * the centre's.
 */
export const satisfactionRowsForScreen = (
  report: Pick<Report, 'satisfaction' | 'filters'>,
  language: Language,
): Report['satisfaction'] =>
  (report.filters ?? []).length > 0
    ? report.satisfaction.map((row) =>
        row.scope === 'total' ? { ...row, name: filteredScopeName[language] } : row,
      )
    : report.satisfaction;
