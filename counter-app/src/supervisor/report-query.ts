import {
  formatBusinessDay,
  type Report,
  type ReportFormat,
  type ReportTable,
  type ReportTableData,
} from '@openops/protocol';

/** A report's period and filters, as the server answered them with its figures. */
export type ReportQuery = Report['query'];

/** Names of the centre's services, counters and officers, by id, to say a filter in words. */
export type FilterNames = {
  services: ReadonlyArray<{ id: string; name: string }>;
  counters: ReadonlyArray<{ id: string; name: string }>;
  officers: ReadonlyArray<{ id: string; name: string }>;
};

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

const nameOf = (list: ReadonlyArray<{ id: string; name: string }>, id: string): string =>
  list.find((entry) => entry.id === id)?.name ?? id;

/** Each filter set, in words: ["Dịch vụ: Chứng thực", "Quầy: Quầy 1"]; empty when none. */
export const filtersInWords = (query: ReportQuery, names: FilterNames): string[] =>
  [
    query.serviceId ? `Dịch vụ: ${nameOf(names.services, query.serviceId)}` : null,
    query.counterId ? `Quầy: ${nameOf(names.counters, query.counterId)}` : null,
    query.officerId ? `Cán bộ: ${nameOf(names.officers, query.officerId)}` : null,
  ].filter((part) => part !== null);

/** One sentence on what the report covers: its period and filters. */
export const reportScope = (query: ReportQuery, names: FilterNames): string => {
  const period = `${formatBusinessDay(query.from)} – ${formatBusinessDay(query.to)}`;
  const filters = filtersInWords(query, names);
  return filters.length === 0
    ? `Kỳ báo cáo: ${period}; toàn trung tâm (mọi dịch vụ, quầy và cán bộ).`
    : `Kỳ báo cáo: ${period}; ${filters.join('; ')}.`;
};

/** Whether the form's fields ask for another report than the one on screen. */
export const sameQuery = (a: ReportQuery, b: ReportQuery): boolean =>
  reportQueryString(a) === reportQueryString(b);

/**
 * The satisfaction table for the screen: a narrowed report's first row counts the ratings the
 * filters keep, not the whole centre's, so it is named by the filters ("Theo bộ lọc", "Quầy:
 * Quầy 1") instead of "Toàn trung tâm". `scopes` are the rows' scopes, in the table's order.
 */
export const satisfactionForScreen = (
  table: ReportTableData,
  scopes: ReadonlyArray<Report['satisfaction'][number]['scope']>,
  query: ReportQuery,
  names: FilterNames,
): ReportTableData => {
  const filters = filtersInWords(query, names);
  if (filters.length === 0) return table;
  return {
    ...table,
    rows: table.rows.map((row, index) =>
      scopes[index] === 'total' ? ['Theo bộ lọc', filters.join('; '), ...row.slice(2)] : row,
    ),
  };
};

/** The satisfaction chart's rows, its first named "Theo bộ lọc" too when the report is narrowed. */
export const satisfactionRowsForScreen = (
  rows: Report['satisfaction'],
  query: ReportQuery,
): Report['satisfaction'] =>
  query.serviceId || query.counterId || query.officerId
    ? rows.map((row) => (row.scope === 'total' ? { ...row, name: 'Theo bộ lọc' } : row))
    : rows;
