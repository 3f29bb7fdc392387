import Database from 'better-sqlite3';

/**
 * Report figures computed straight from the raw rows of `queue.sqlite`, written apart from the
 * server's code (fixed +07:00 arithmetic for Vietnam instead of Intl, its own statistics), so a
 * test compares two independent computations of the same definitions:
 * - wait: issue to call; service: start to finish of served tickets; seconds rounded to whole,
 *   shown in minutes with one decimal; median of an even count is the mean of the middle pair;
 *   p90 is the nearest-rank value;
 * - dossiers: on time when processed/returned on or before the return date (Vietnam date), late
 *   when after it or still open past it;
 * - satisfaction: each of the five levels counted apart; rate = the satisfied two over all.
 */
export type ExpectedFilter = {
  from: string;
  to: string;
  serviceId?: string;
  counterId?: string;
  officerId?: string;
};

type TicketRow = {
  state: string;
  issued_at: string;
  called_at: string | null;
  serving_started_at: string | null;
  finished_at: string | null;
  service: string;
  counter_id: string | null;
  officer_id: string | null;
  business_day: string;
};
type DossierRow = {
  status: number;
  status_at: string;
  returned_at: string | null;
  return_date: string;
  received_day: string;
  service_id: string;
  counter_id: string;
  officer_name: string;
};
type RatingRow = {
  level: string;
  officer_id: string | null;
  counter_id: string;
  service_id: string;
  business_day: string;
};

const vietnamOffsetMs = 7 * 3600 * 1000;
const vietnamDate = (iso: string): string =>
  new Date(Date.parse(iso) + vietnamOffsetMs).toISOString().slice(0, 10);
const vietnamHour = (iso: string): number =>
  new Date(Date.parse(iso) + vietnamOffsetMs).getUTCHours();

const minutesShown = (seconds: number | null): number | null =>
  seconds === null ? null : Math.round((Math.round(seconds) / 60) * 10) / 10;

export type Stats = { mean: number | null; median: number | null; p90: number | null };

const stats = (values: number[]): Stats => {
  if (values.length === 0) return { mean: null, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  let sum = 0;
  for (const value of sorted) sum += value;
  const median =
    n % 2 ? (sorted[(n - 1) / 2] ?? 0) : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
  return {
    mean: minutesShown(sum / n),
    median: minutesShown(median),
    p90: minutesShown(sorted[Math.ceil(n * 0.9) - 1] ?? 0),
  };
};

const seconds = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 1000;

const waitsOf = (rows: readonly TicketRow[]): number[] =>
  rows.flatMap((row) => (row.called_at ? [seconds(row.issued_at, row.called_at)] : []));

export type SatisfactionExpected = {
  total: number;
  verySatisfied: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  veryDissatisfied: number;
  rate: number | null;
};

export type Expected = {
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  wait: Stats;
  service: Stats;
  hours: Map<number, { issued: number; served: number; noShow: number; meanWait: number | null }>;
  dossiers: { received: number; onTime: number; late: number; pending: number };
  satisfactionTotal: SatisfactionExpected;
  satisfactionByOfficer: Map<string, SatisfactionExpected>;
};

const satisfaction = (rows: RatingRow[]): SatisfactionExpected => {
  const count = (level: string): number => rows.filter((row) => row.level === level).length;
  const very = count('very-satisfied');
  const satisfied = count('satisfied');
  return {
    total: rows.length,
    verySatisfied: very,
    satisfied,
    neutral: count('neutral'),
    dissatisfied: count('dissatisfied'),
    veryDissatisfied: count('very-dissatisfied'),
    rate: rows.length === 0 ? null : Math.round(((very + satisfied) * 1000) / rows.length) / 10,
  };
};

export const expectedReport = (
  databaseFile: string,
  filter: ExpectedFilter,
  officerNames: Record<string, string>,
  today: string,
): Expected => {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const inPeriod = (day: string): boolean => day >= filter.from && day <= filter.to;
  const tickets = database
    .prepare(
      `SELECT state, issued_at, called_at, serving_started_at, finished_at,
         COALESCE(queue_service_id, service_id) AS service, counter_id, officer_id, business_day
       FROM tickets`,
    )
    .all() as TicketRow[];
  const dossiers = database.prepare('SELECT * FROM dossiers').all() as DossierRow[];
  const ratings = database.prepare('SELECT * FROM ratings').all() as RatingRow[];
  database.close();

  const chosenTickets = tickets.filter(
    (row) =>
      inPeriod(row.business_day) &&
      (!filter.serviceId || row.service === filter.serviceId) &&
      (!filter.counterId || row.counter_id === filter.counterId) &&
      (!filter.officerId || row.officer_id === filter.officerId),
  );
  const chosenDossiers = dossiers.filter(
    (row) =>
      inPeriod(row.received_day) &&
      (!filter.serviceId || row.service_id === filter.serviceId) &&
      (!filter.counterId || row.counter_id === filter.counterId) &&
      (!filter.officerId || row.officer_name === officerNames[filter.officerId]),
  );
  const chosenRatings = ratings.filter(
    (row) =>
      inPeriod(row.business_day) &&
      (!filter.serviceId || row.service_id === filter.serviceId) &&
      (!filter.counterId || row.counter_id === filter.counterId) &&
      (!filter.officerId || row.officer_id === filter.officerId),
  );

  const hours: Expected['hours'] = new Map();
  for (const hour of new Set(chosenTickets.map((row) => vietnamHour(row.issued_at)))) {
    const rows = chosenTickets.filter((row) => vietnamHour(row.issued_at) === hour);
    hours.set(hour, {
      issued: rows.length,
      served: rows.filter((row) => row.state === 'done').length,
      noShow: rows.filter((row) => row.state === 'no-show').length,
      meanWait: stats(waitsOf(rows)).mean,
    });
  }

  const dossierCounts = { received: chosenDossiers.length, onTime: 0, late: 0, pending: 0 };
  for (const row of chosenDossiers) {
    const finished =
      row.returned_at ?? (row.status === 9 || row.status === 10 ? row.status_at : null);
    if (finished === null) {
      if (today > row.return_date) dossierCounts.late += 1;
      else dossierCounts.pending += 1;
    } else if (vietnamDate(finished) <= row.return_date) dossierCounts.onTime += 1;
    else dossierCounts.late += 1;
  }

  const byOfficer = new Map<string, SatisfactionExpected>();
  for (const officer of new Set(chosenRatings.map((row) => row.officer_id))) {
    if (officer === null) continue;
    byOfficer.set(officer, satisfaction(chosenRatings.filter((row) => row.officer_id === officer)));
  }

  return {
    issued: chosenTickets.length,
    served: chosenTickets.filter((row) => row.state === 'done').length,
    noShow: chosenTickets.filter((row) => row.state === 'no-show').length,
    cancelled: chosenTickets.filter((row) => row.state === 'cancelled').length,
    wait: stats(waitsOf(chosenTickets)),
    service: stats(
      chosenTickets.flatMap((row) =>
        row.state === 'done' && row.serving_started_at && row.finished_at
          ? [seconds(row.serving_started_at, row.finished_at)]
          : [],
      ),
    ),
    hours,
    dossiers: dossierCounts,
    satisfactionTotal: satisfaction(chosenRatings),
    satisfactionByOfficer: byOfficer,
  };
};

/**
 * Minutes and percentages as the files must write them: one decimal always, 12.0 rather than
 * 12 (the screen's 12,0 is read back into this form); empty for no value.
 */
export const oneDecimal = (value: number | null): string =>
  value === null ? '' : value.toFixed(1);

/** The summary table as the report must show and export it: Vietnamese labels, then the value. */
export const expectedSummaryRows = (
  filter: ExpectedFilter,
  expected: Expected,
  /** The filters' names, as the report names them: the service's, counter's and officer's. */
  names: { service?: string; counter?: string; officer?: string } = {},
): Array<[string, string]> => {
  const shown = (value: number | null): string => (value === null ? '' : String(value));
  const minutes = (value: number | null): string => oneDecimal(value);
  const filters: Array<[string, string | undefined]> = [
    ['Dịch vụ', filter.serviceId && names.service],
    ['Quầy', filter.counterId && names.counter],
    ['Cán bộ', filter.officerId && names.officer],
  ];
  return [
    ['Từ ngày', filter.from],
    ['Đến ngày', filter.to],
    ...filters.flatMap(([label, name]): Array<[string, string]> => (name ? [[label, name]] : [])),
    ['Số phiếu đã cấp', shown(expected.issued)],
    ['Số phiếu đã phục vụ', shown(expected.served)],
    ['Số phiếu vắng mặt', shown(expected.noShow)],
    ['Số phiếu đã huỷ', shown(expected.cancelled)],
    ['Thời gian chờ trung bình (phút)', minutes(expected.wait.mean)],
    ['Thời gian chờ trung vị (phút)', minutes(expected.wait.median)],
    ['Thời gian chờ P90 (phút)', minutes(expected.wait.p90)],
    ['Thời gian phục vụ trung bình (phút)', minutes(expected.service.mean)],
    ['Thời gian phục vụ trung vị (phút)', minutes(expected.service.median)],
    ['Thời gian phục vụ P90 (phút)', minutes(expected.service.p90)],
    ['Hồ sơ đã tiếp nhận', shown(expected.dossiers.received)],
    ['Hồ sơ đúng hạn', shown(expected.dossiers.onTime)],
    ['Hồ sơ trễ hạn', shown(expected.dossiers.late)],
    ['Hồ sơ đang giải quyết', shown(expected.dossiers.pending)],
  ];
};

/** RFC 4180 CSV (quoted fields, CRLF) into rows of strings; the byte-order mark must lead. */
export const parseCsv = (text: string): string[][] => {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV lacks the UTF-8 byte-order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
};
