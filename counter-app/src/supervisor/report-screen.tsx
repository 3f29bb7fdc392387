import { useContext, useState } from 'react';
import {
  reportSchema,
  type EditableConfig,
  type Report,
  type ReportFormat,
  type ReportTable,
} from '@openops/protocol';
import { LanguageContext, useText } from '../ui-language';
import { callApi, type ApiCaller } from './supervisor-api';
import { inEachLanguage, type Bilingual } from '../bilingual';
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
import { reportInLanguage, screenTable } from './report-text';
import { useReportOfficers } from './use-report-officers';

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

/** The downloads offered, each button's words in both languages; the files stay Vietnamese. */
const exportsOffered: Array<{ format: ReportFormat; table: ReportTable; label: Bilingual }> = [
  {
    format: 'xlsx',
    table: 'summary',
    label: { vi: 'Tải Excel (XLSX)', en: 'Download Excel (XLSX)' },
  },
  {
    format: 'csv',
    table: 'summary',
    label: { vi: 'Tải CSV tổng hợp', en: 'Download summary CSV' },
  },
  { format: 'csv', table: 'hours', label: { vi: 'Tải CSV theo giờ', en: 'Download hourly CSV' } },
  {
    format: 'csv',
    table: 'satisfaction',
    label: { vi: 'Tải CSV hài lòng', en: 'Download satisfaction CSV' },
  },
];

/**
 * Reports for a period, optionally one service, counter or officer: the figures as charts with
 * their tables beside (the same tables the exports hold), and CSV/XLSX downloads with progress.
 * In the chosen language; the downloaded files are the server's, in Vietnamese.
 */
export const ReportScreen = ({ api, config, today }: Props) => {
  const language = useContext(LanguageContext);
  const tx = useText();
  const [filters, setFilters] = useState<Filters>({
    from: `${today.slice(0, 8)}01`,
    to: today,
    serviceId: '',
    counterId: '',
    officerId: '',
  });
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);

  const set = (key: keyof Filters) => (value: string) =>
    setFilters((old) => ({ ...old, [key]: value }));

  const load = async (): Promise<void> => {
    // A date left empty (or half typed: the field then reads empty) is said here, in words.
    if (periodProblem(filters.from, filters.to, language)) {
      setMessage(inEachLanguage((chosen) => periodProblem(filters.from, filters.to, chosen) ?? ''));
      return;
    }
    setBusy(true);
    const reply = await callApi<unknown>(api, `/reports?${reportQueryString(queryOf(filters))}`);
    setBusy(false);
    if (!reply.ok) {
      const { error } = reply;
      setMessage(inEachLanguage((chosen) => reportRefusal(error, chosen)));
      return;
    }
    const parsed = reportSchema.safeParse(reply.data);
    if (!parsed.success) {
      setMessage({
        vi: 'Máy chủ trả về báo cáo không hợp lệ (malformed report)',
        en: 'The server sent a malformed report.',
      });
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
        <option value="">{tx('Tất cả', 'All')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );

  const officers = useReportOfficers(api, config).map((officer) => ({
    id: officer.id,
    name: officer.removed ? `${officer.name} (${tx('đã xoá', 'removed')})` : officer.name,
  }));
  const services = (config?.services ?? []).map((service) => ({
    id: service.id,
    name: tx(service.name, service.nameEn),
  }));
  // The report on screen with its names in the chosen language (filters, services).
  const shown = report && reportInLanguage(report, language, config?.services ?? []);

  return (
    <div className="reports">
      <form
        aria-label={tx('Chọn kỳ báo cáo', 'Choose the report period')}
        className="report-filters"
        onSubmit={(event) => {
          event.preventDefault();
          void load();
        }}
      >
        <label>
          {tx('Từ ngày', 'From')}
          <input
            type="date"
            value={filters.from}
            onChange={(event) => set('from')(event.target.value)}
          />
        </label>
        <label>
          {tx('Đến ngày', 'To')}
          <input
            type="date"
            value={filters.to}
            onChange={(event) => set('to')(event.target.value)}
          />
        </label>
        {select(tx('Dịch vụ', 'Service'), 'serviceId', services)}
        {select(tx('Quầy', 'Counter'), 'counterId', config?.counters ?? [])}
        {select(tx('Cán bộ', 'Officer'), 'officerId', officers)}
        <button type="submit" className="primary" disabled={busy}>
          {tx('Xem báo cáo', 'Show report')}
        </button>
      </form>
      {message && <p role="alert">{message[language]}</p>}
      {report && shown && (
        <>
          <p className="report-scope">{reportScope(shown, language)}</p>
          {!sameQuery(report.query, queryOf(filters)) && (
            <p className="report-pending">
              {tx(
                'Bộ lọc đã đổi nhưng chưa xem: bảng và tệp tải về vẫn theo báo cáo đang hiện. Bấm "Xem báo cáo" để áp dụng bộ lọc mới.',
                'The filters have changed but are not applied yet: the tables and downloads still follow the report shown. Press "Show report" to apply the new filters.',
              )}
            </p>
          )}
          <div
            className="report-exports"
            role="group"
            aria-label={tx('Xuất báo cáo', 'Export report')}
          >
            {exportsOffered.map((offer) => (
              <button
                key={`${offer.format}-${offer.table}`}
                type="button"
                disabled={progress !== null}
                onClick={() => void download(report.query, offer.format, offer.table)}
              >
                {offer.label[language]}
              </button>
            ))}
            {progress && (
              <progress
                aria-label={tx('Tiến độ tải xuống', 'Download progress')}
                max={progress.total ?? undefined}
                value={progress.received}
              />
            )}
          </div>
          <section aria-label={tx('Tổng hợp', 'Summary')} className="report-section">
            <h2>{tx('Tổng hợp', 'Summary')}</h2>
            <ReportTableView table={screenTable(shown, 'summary', language)} />
          </section>
          <section aria-label={tx('Theo giờ', 'By hour')} className="report-section">
            <h2>{tx('Theo giờ trong ngày', 'By hour of day')}</h2>
            <div className="chart-with-table">
              <HourChart hours={report.hours} />
              <ReportTableView table={screenTable(shown, 'hours', language)} />
            </div>
          </section>
          <section aria-label={tx('Mức độ hài lòng', 'Satisfaction')} className="report-section">
            <h2>{tx('Mức độ hài lòng', 'Satisfaction')}</h2>
            {report.satisfaction.some((row) => row.total > 0) ? (
              <div className="chart-with-table">
                <SatisfactionChart rows={satisfactionRowsForScreen(shown, language)} />
                <ReportTableView table={screenTable(shown, 'satisfaction', language)} />
              </div>
            ) : (
              <p>{tx('Chưa có đánh giá nào trong kỳ này.', 'No ratings in this period.')}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
};
