import { assertNever } from './assert-never';
import type { Report, ReportTable } from './reports';

/**
 * A figure promised with a fixed number of decimals (minutes and percentages: one), written
 * with them even when they are zero: 12,0 on screen, 12.0 in CSV, the `0.0` format in XLSX.
 * A plain number would lose them (String(12) is "12"), and a column would mix 12 and 12,5.
 */
export type FixedFigure = { value: number; decimals: 1 };

/** Counts are plain numbers; minutes and percentages are fixed figures; null is "no value". */
export type ReportCell = string | number | FixedFigure | null;
export type ReportTableData = { title: string; headers: string[]; rows: ReportCell[][] };

/** `value` with one decimal, rounded; null stays null. */
export const oneDecimal = (value: number | null): FixedFigure | null =>
  value === null ? null : { value: Math.round(value * 10) / 10, decimals: 1 };

const minutes = (seconds: number | null): ReportCell =>
  seconds === null ? null : oneDecimal(seconds / 60);

/**
 * The report as the tables people export: Vietnamese headers (the centre's language), times in
 * minutes and rates in percent, both with one decimal. The screen and both file formats share
 * these.
 */
export const reportTable = (report: Report, table: ReportTable): ReportTableData => {
  switch (table) {
    case 'summary':
      return {
        title: 'Tổng hợp',
        headers: ['Chỉ tiêu', 'Giá trị'],
        rows: [
          ['Từ ngày', report.query.from],
          ['Đến ngày', report.query.to],
          ...(report.filters ?? []).map((filter): [string, string] => [filter.label, filter.name]),
          ['Số phiếu đã cấp', report.tickets.issued],
          ['Số phiếu đã phục vụ', report.tickets.served],
          ['Số phiếu vắng mặt', report.tickets.noShow],
          ['Số phiếu đã huỷ', report.tickets.cancelled],
          ['Thời gian chờ trung bình (phút)', minutes(report.waiting.meanSeconds)],
          ['Thời gian chờ trung vị (phút)', minutes(report.waiting.medianSeconds)],
          ['Thời gian chờ P90 (phút)', minutes(report.waiting.p90Seconds)],
          ['Thời gian phục vụ trung bình (phút)', minutes(report.service.meanSeconds)],
          ['Thời gian phục vụ trung vị (phút)', minutes(report.service.medianSeconds)],
          ['Thời gian phục vụ P90 (phút)', minutes(report.service.p90Seconds)],
          ['Hồ sơ đã tiếp nhận', report.dossiers.received],
          ['Hồ sơ đúng hạn', report.dossiers.onTime],
          ['Hồ sơ trễ hạn', report.dossiers.late],
          ['Hồ sơ đang giải quyết', report.dossiers.pending],
        ],
      };
    case 'hours':
      return {
        title: 'Theo giờ',
        headers: ['Giờ', 'Số phiếu đã cấp', 'Đã phục vụ', 'Vắng mặt', 'Chờ trung bình (phút)'],
        rows: report.hours.map((row) => [
          `${String(row.hour).padStart(2, '0')}:00`,
          row.issued,
          row.served,
          row.noShow,
          minutes(row.meanWaitSeconds),
        ]),
      };
    case 'satisfaction':
      return {
        title: 'Mức độ hài lòng',
        headers: [
          'Phạm vi',
          'Tên',
          'Tổng số đánh giá',
          'Rất hài lòng',
          'Hài lòng',
          'Bình thường',
          'Không hài lòng',
          'Rất không hài lòng',
          'Tỷ lệ hài lòng (%)',
        ],
        rows: report.satisfaction.map((row) => [
          ...scopeOf(report, row),
          row.total,
          row.verySatisfied,
          row.satisfied,
          row.neutral,
          row.dissatisfied,
          row.veryDissatisfied,
          oneDecimal(row.satisfactionRate),
        ]),
      };
    default:
      return assertNever(table);
  }
};

/**
 * A satisfaction row's scope and name. A narrowed report's total counts the ratings its filters
 * keep, not the whole centre's: it is named by them ("Theo bộ lọc", "Quầy: Quầy 1").
 */
const scopeOf = (report: Report, row: Report['satisfaction'][number]): [string, string] => {
  const filters = report.filters ?? [];
  return row.scope === 'total' && filters.length > 0
    ? ['Theo bộ lọc', filters.map((filter) => `${filter.label}: ${filter.name}`).join('; ')]
    : [scopeNames[row.scope], row.name];
};

const scopeNames: Record<Report['satisfaction'][number]['scope'], string> = {
  total: 'Toàn trung tâm',
  officer: 'Cán bộ',
  counter: 'Quầy',
  service: 'Dịch vụ',
};
