import { useState } from 'react';
import {
  reportSchema,
  reportTable,
  type EditableConfig,
  type Report,
  type ReportFormat,
  type ReportTable,
} from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import { downloadExport, type DownloadProgress } from './export-download';
import { HourChart, SatisfactionChart } from './report-charts';
import { ReportTableView } from './report-table';
import {
  exportFileName,
  exportPath,
  reportQueryString,
  reportScope,
  sameQuery,
  satisfactionRowsForScreen,
  type ReportQuery,
} from './report-query';
import { periodProblem, reportRefusal } from './report-problems';

type Props = { api: ApiCaller; config: EditableConfig | null; today: string };

type Filters = {
  from: string;
  to: string;
  serviceId: string;
  counterId: string;
  officerId: string;
};

/** The form's fields as a query: a filter left on "Tất cả" is no filter. */
const queryOf = (filters: Filters): ReportQuery => ({
  from: filters.from,
  to: filters.to,
  ...(filters.serviceId ? { serviceId: filters.serviceId } : {}),
  ...(filters.counterId ? { counterId: filters.counterId } : {}),
  ...(filters.officerId ? { officerId: filters.officerId } : {}),
});

const exportsOffered: Array<{ format: ReportFormat; table: ReportTable; label: string }> = [
  { format: 'xlsx', table: 'summary', label: 'Tải Excel (XLSX)' },
  { format: 'csv', table: 'summary', label: 'Tải CSV tổng hợp' },
  { format: 'csv', table: 'hours', label: 'Tải CSV theo giờ' },
  { format: 'csv', table: 'satisfaction', label: 'Tải CSV hài lòng' },
];

/**
 * Reports for a period, optionally one service, counter or officer: the figures as charts with
 * their tables beside (the same tables the exports hold), and CSV/XLSX downloads with progress.
 */
export const ReportScreen = ({ api, config, today }: Props) => {
  const [filters, setFilters] = useState<Filters>({
    from: `${today.slice(0, 8)}01`,
    to: today,
    serviceId: '',
    counterId: '',
    officerId: '',
  });
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);

  const set = (key: keyof Filters) => (value: string) =>
    setFilters((old) => ({ ...old, [key]: value }));

  const load = async (): Promise<void> => {
    // A date left empty (or half typed: the field then reads empty) is said here, in words.
    const problem = periodProblem(filters.from, filters.to);
    if (problem) {
      setMessage(problem);
      return;
    }
    setBusy(true);
    const reply = await callApi<unknown>(api, `/reports?${reportQueryString(queryOf(filters))}`);
    setBusy(false);
    if (!reply.ok) {
      setMessage(reportRefusal(reply.error));
      return;
    }
    const parsed = reportSchema.safeParse(reply.data);
    if (!parsed.success) {
      setMessage('Máy chủ trả về báo cáo không hợp lệ (malformed report)');
      return;
    }
    setMessage(null);
    setReport(parsed.data);
  };

  /** The report on screen as a file: its own query, whatever the form says now. */
  const download = async (
    shown: ReportQuery,
    format: ReportFormat,
    table: ReportTable,
  ): Promise<void> => {
    const error = await downloadExport(
      api,
      exportPath(shown, format, table),
      exportFileName(shown, format, table),
      setProgress,
    );
    setProgress(null);
    setMessage(error);
  };

  const select = (
    label: string,
    key: 'serviceId' | 'counterId' | 'officerId',
    options: Array<{ id: string; name: string }>,
  ) => (
    <label>
      {label}
      <select value={filters[key]} onChange={(event) => set(key)(event.target.value)}>
        <option value="">Tất cả</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="reports">
      <form
        aria-label="Chọn kỳ báo cáo"
        className="report-filters"
        onSubmit={(event) => {
          event.preventDefault();
          void load();
        }}
      >
        <label>
          Từ ngày
          <input
            type="date"
            value={filters.from}
            onChange={(event) => set('from')(event.target.value)}
          />
        </label>
        <label>
          Đến ngày
          <input
            type="date"
            value={filters.to}
            onChange={(event) => set('to')(event.target.value)}
          />
        </label>
        {select('Dịch vụ', 'serviceId', config?.services ?? [])}
        {select('Quầy', 'counterId', config?.counters ?? [])}
        {select('Cán bộ', 'officerId', config?.officers ?? [])}
        <button type="submit" className="primary" disabled={busy}>
          Xem báo cáo
        </button>
      </form>
      {message && <p role="alert">{message}</p>}
      {report && (
        <>
          <p className="report-scope">{reportScope(report)}</p>
          {!sameQuery(report.query, queryOf(filters)) && (
            <p className="report-pending">
              Bộ lọc đã đổi nhưng chưa xem: bảng và tệp tải về vẫn theo báo cáo đang hiện. Bấm
              &quot;Xem báo cáo&quot; để áp dụng bộ lọc mới.
            </p>
          )}
          <div className="report-exports" role="group" aria-label="Xuất báo cáo">
            {exportsOffered.map((offer) => (
              <button
                key={`${offer.format}-${offer.table}`}
                type="button"
                disabled={progress !== null}
                onClick={() => void download(report.query, offer.format, offer.table)}
              >
                {offer.label}
              </button>
            ))}
            {progress && (
              <progress
                aria-label="Tiến độ tải xuống"
                max={progress.total ?? undefined}
                value={progress.received}
              />
            )}
          </div>
          <section aria-label="Tổng hợp" className="report-section">
            <h2>Tổng hợp</h2>
            <ReportTableView table={reportTable(report, 'summary')} />
          </section>
          <section aria-label="Theo giờ" className="report-section">
            <h2>Theo giờ trong ngày</h2>
            <div className="chart-with-table">
              <HourChart hours={report.hours} />
              <ReportTableView table={reportTable(report, 'hours')} />
            </div>
          </section>
          <section aria-label="Mức độ hài lòng" className="report-section">
            <h2>Mức độ hài lòng</h2>
            {report.satisfaction.some((row) => row.total > 0) ? (
              <div className="chart-with-table">
                <SatisfactionChart rows={satisfactionRowsForScreen(report)} />
                <ReportTableView table={reportTable(report, 'satisfaction')} />
              </div>
            ) : (
              <p>Chưa có đánh giá nào trong kỳ này.</p>
            )}
          </section>
        </>
      )}
    </div>
  );
};
