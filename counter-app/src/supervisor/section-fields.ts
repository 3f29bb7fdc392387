import type { Language } from '@openops/client';
import { assertNever, vietnameseWeekdays } from '@openops/protocol';

/**
 * How the configuration screen edits the most used lists as tables: each column's kind says how
 * its value is shown in a text box and read back. The server validates the result whole.
 */
export type FieldKind =
  | 'text'
  | 'whole-number'
  | 'nullable-whole-number'
  | 'optional-decimal'
  | 'list'
  | 'weights'
  | 'hours'
  | 'flag'
  | 'password';

/** A column's name or hint in each language, side by side. */
type Words = Readonly<Record<Language, string>>;

export type FieldSpec = { key: string; label: Words; kind: FieldKind; hint?: Words };

export const listSections = {
  services: [
    { key: 'id', label: { vi: 'Mã', en: 'ID' }, kind: 'text' },
    { key: 'name', label: { vi: 'Tên', en: 'Name' }, kind: 'text' },
    { key: 'nameEn', label: { vi: 'Tên tiếng Anh', en: 'English name' }, kind: 'text' },
    { key: 'prefix', label: { vi: 'Tiền tố', en: 'Prefix' }, kind: 'text' },
    {
      key: 'dailyLimit',
      label: { vi: 'Giới hạn/ngày', en: 'Daily limit' },
      kind: 'nullable-whole-number',
      hint: {
        vi: 'số nguyên, ví dụ 1.000; trống: không giới hạn',
        en: 'a whole number, e.g. 1.000; empty: no limit',
      },
    },
    {
      key: 'serviceMinutes',
      label: { vi: 'Phút/lượt', en: 'Minutes per ticket' },
      kind: 'optional-decimal',
      hint: { vi: 'ví dụ 5 hoặc 7,5', en: 'e.g. 5 or 7,5' },
    },
    { key: 'fieldId', label: { vi: 'Lĩnh vực', en: 'Field' }, kind: 'text' },
    {
      key: 'openingHours',
      label: { vi: 'Giờ mở cửa', en: 'Opening hours' },
      kind: 'hours',
      hint: {
        vi: 'ngày T2 … T7, CN (T2 = thứ Hai, CN = Chủ nhật) và giờ, ví dụ T2-T6 07:30-11:30; T7 08:00-11:00; trống: luôn mở',
        en: 'days T2 … T7, CN (T2 = Monday, CN = Sunday) or Mon … Sun, and times, e.g. Mon-Fri 07:30-11:30; Sat 08:00-11:00; empty: always open',
      },
    },
  ],
  counters: [
    { key: 'id', label: { vi: 'Mã', en: 'ID' }, kind: 'text' },
    { key: 'number', label: { vi: 'Số quầy', en: 'Counter number' }, kind: 'whole-number' },
    { key: 'name', label: { vi: 'Tên', en: 'Name' }, kind: 'text' },
    { key: 'zone', label: { vi: 'Khu vực', en: 'Zone' }, kind: 'text' },
    {
      key: 'serviceIds',
      label: { vi: 'Dịch vụ', en: 'Services' },
      kind: 'list',
      hint: { vi: 'mã dịch vụ, cách nhau bởi dấu phẩy', en: 'service IDs, separated by commas' },
    },
    {
      key: 'weights',
      label: { vi: 'Trọng số', en: 'Weights' },
      kind: 'weights',
      hint: { vi: 'ví dụ ho-tich:2, chung-thuc:1', en: 'e.g. ho-tich:2, chung-thuc:1' },
    },
  ],
  officers: [
    { key: 'id', label: { vi: 'Mã', en: 'ID' }, kind: 'text' },
    { key: 'username', label: { vi: 'Tên đăng nhập', en: 'Username' }, kind: 'text' },
    { key: 'name', label: { vi: 'Họ tên', en: 'Full name' }, kind: 'text' },
    {
      key: 'roles',
      label: { vi: 'Vai trò', en: 'Roles' },
      kind: 'list',
      hint: { vi: 'counter, supervisor, admin', en: 'counter, supervisor, admin' },
    },
    {
      key: 'counterIds',
      label: { vi: 'Quầy được mở', en: 'Counters allowed' },
      kind: 'list',
      hint: { vi: 'trống: mọi quầy', en: 'empty: any counter' },
    },
    { key: 'disabled', label: { vi: 'Khoá', en: 'Disabled' }, kind: 'flag' },
    {
      key: 'password',
      label: { vi: 'Mật khẩu mới', en: 'New password' },
      kind: 'password',
      // A supervisor who is no admin sets one for a new officer or their own account only.
      hint: {
        vi: 'từ 8 ký tự; trống: giữ nguyên; giám sát đặt cho cán bộ mới hoặc chính mình',
        en: 'at least 8 characters; empty: unchanged; a supervisor sets one for a new officer or for themselves',
      },
    },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type ListSection = keyof typeof listSections;

export const isListSection = (section: string): section is ListSection => section in listSections;

type Hours = { weekdays: number[]; from: string; to: string };

const isHours = (value: unknown): value is Hours =>
  typeof value === 'object' &&
  value !== null &&
  'weekdays' in value &&
  Array.isArray(value.weekdays) &&
  'from' in value &&
  'to' in value;

/** Consecutive days as a range (`T2-T6`), others listed (`T2,T4`); `name` spells one day. */
const dayRuns = (weekdays: readonly number[], name: (day: number) => string): string[] => {
  const days = [...weekdays].sort((a, b) => a - b);
  const first = days[0];
  const last = days[days.length - 1];
  const consecutive = first !== undefined && last !== undefined && last - first === days.length - 1;
  return consecutive && days.length > 1 && first !== last
    ? [`${name(first)}-${name(last)}`]
    : days.map(name);
};

// Days are written by name (T2 … CN): a bare "2-6" is easily meant as thứ Hai–thứ Sáu but read
// as ISO Tuesday–Saturday.
const shortName = (day: number): string => vietnameseWeekdays[day]?.short ?? String(day);

const showHours = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .filter(isHours)
        .map((span) => `${dayRuns(span.weekdays, shortName).join(',')} ${span.from}-${span.to}`)
        .join('; ')
    : '';

/** English short day names, for a supervisor who types them on the English screen. */
const englishShortDays = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/**
 * One day as typed: its short name (`T2` … `T7`, `CN`, or in English `Mon` … `Sun`, any case)
 * or its ISO number (`1` = thứ Hai … `7` = Chủ nhật, as stored, kept for configurations written
 * so). Null when none of these.
 */
const readDay = (text: string): { day: number; named: boolean } | null => {
  const upper = text.toUpperCase();
  const named = Object.entries(vietnameseWeekdays).find(([, names]) => names.short === upper);
  if (named) return { day: Number(named[0]), named: true };
  const english = englishShortDays.indexOf(upper);
  if (english >= 0) return { day: english + 1, named: true };
  return /^[1-7]$/.test(text) ? { day: Number(text), named: false } : null;
};

/** `T2-T6`, `T2,T4`, `1-5`: the ISO weekdays, or null when a part cannot be read. */
const readDays = (text: string): number[] | null => {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const [startText = '', endText, ...rest] = part.split('-');
    const start = readDay(startText);
    if (!start || rest.length > 0) return null;
    if (endText === undefined) {
      days.push(start.day);
      continue;
    }
    const end = readDay(endText);
    // `T2-5` mixes the two ways of counting: which one is meant cannot be known.
    if (!end || end.named !== start.named || end.day < start.day) return null;
    for (let day = start.day; day <= end.day; day += 1) days.push(day);
  }
  return days;
};

/**
 * Reads `T2-T6 07:30-11:30; T7 08:00-11:00` (or with ISO numbers, `1-5 07:30-11:30`); a span it
 * cannot read is kept as text for the server to refuse.
 */
const readHours = (text: string): unknown => {
  const spans = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (spans.length === 0) return undefined;
  return spans.map((span) => {
    const match = /^(\S+)\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(span);
    const weekdays = match ? readDays(match[1] ?? '') : null;
    if (!match || !weekdays) return span;
    const [, , from = '', to = ''] = match;
    return { weekdays, from: from.padStart(5, '0'), to: to.padStart(5, '0') };
  });
};

/** ISO weekdays by name in English, as `hoursInWords` says them back. */
const englishWeekdays: Readonly<Record<number, string>> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

const dayName = (day: number, language: Language): string =>
  (language === 'vi' ? vietnameseWeekdays[day]?.name : englishWeekdays[day]) ?? String(day);

/**
 * What an opening-hours cell's text is read as, in words (`thứ Hai–thứ Sáu 07:30–11:30`,
 * `Monday–Friday 07:30–11:30`), shown under the cell so a misread day is seen before saving;
 * null for an empty cell.
 */
export const hoursInWords = (text: string, language: Language): string | null => {
  const read = readHours(text.trim());
  if (!Array.isArray(read)) return null;
  return read
    .map((span: unknown) =>
      isHours(span)
        ? `${dayRuns(span.weekdays, (day) => dayName(day, language))
            .map((run) => run.replace('-', '–'))
            .join(', ')} ${span.from}–${span.to}`
        : language === 'vi'
          ? `không đọc được "${String(span)}"`
          : `cannot read "${String(span)}"`,
    )
    .join('; ');
};

/**
 * What a cell's text will be saved as, in words, for a kind whose text can be misread (opening
 * hours' days); null for the others, and for an empty cell.
 */
export const readingOf = (kind: FieldKind, text: string, language: Language): string | null =>
  kind === 'hours' ? hoursInWords(text, language) : null;

// Figures are written the Vietnamese way, as the citizen-facing screens write them: 1.000, 7,5.
const figureFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

const showFigure = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? figureFormat.format(value)
    : value === null || value === undefined
      ? ''
      : String(value);

/**
 * A whole number as a Vietnamese reader types it: `1000` or with dots between thousands,
 * `1.000` (never the English `1,000`); null for anything else, `1.5` and `1,5` included.
 */
export const readWholeNumber = (text: string): number | null => {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
  if (/^-?\d{1,3}(\.\d{3})+$/.test(trimmed)) return Number(trimmed.replaceAll('.', ''));
  return null;
};

/** A figure with an optional decimal part, after a comma (Vietnamese, `7,5`) or a dot; else null. */
const readDecimal = (text: string): number | null => {
  const trimmed = text.trim();
  return /^\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : null;
};

/** The text a cell shows for a stored value. */
export const showValue = (kind: FieldKind, value: unknown): string => {
  switch (kind) {
    case 'text':
      return value === null || value === undefined ? '' : String(value);
    case 'whole-number':
    case 'nullable-whole-number':
    case 'optional-decimal':
      return showFigure(value);
    case 'list':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'weights':
      return typeof value === 'object' && value !== null
        ? Object.entries(value)
            .map(([key, weight]) => `${key}:${String(weight)}`)
            .join(', ')
        : '';
    case 'hours':
      return showHours(value);
    case 'flag':
      return value === true ? 'true' : '';
    case 'password':
      return '';
    default:
      return assertNever(kind);
  }
};

/** Why a figure typed in a cell cannot be read (see `cellProblemText`). */
export type CellProblem =
  | { kind: 'not-whole-number' }
  | { kind: 'not-decimal' }
  | { kind: 'unreadable-weight'; pair: string };

/**
 * What a cell's text is saved as: its value (undefined removes the key, an optional field left
 * empty), or, for a figure that cannot be read, what is wrong (`cellProblemText` words it to
 * follow the column's name). Other checks are the schema's (`checkRows`).
 */
export type CellReading = { ok: true; value: unknown } | { ok: false; problem: CellProblem };

/**
 * A cell's problem in `language`, worded to follow the column's name: "Giới hạn/ngày phải là
 * số nguyên, …", "Daily limit must be a whole number, …".
 */
export const cellProblemText = (problem: CellProblem, language: Language): string => {
  const vi = language === 'vi';
  switch (problem.kind) {
    case 'not-whole-number':
      return vi
        ? 'phải là số nguyên, ví dụ 25 hoặc 1.000 (dấu chấm ngăn hàng nghìn)'
        : 'must be a whole number, e.g. 25 or 1.000 (a dot between thousands)';
    case 'not-decimal':
      return vi ? 'phải là số, ví dụ 5 hoặc 7,5' : 'must be a number, e.g. 5 or 7,5';
    case 'unreadable-weight':
      return vi
        ? `không đọc được "${problem.pair}": viết mã dịch vụ, dấu hai chấm và số nguyên, ví dụ ho-tich:2`
        : `cannot read "${problem.pair}": write the service ID, a colon and a whole number, e.g. ho-tich:2`;
    default:
      return assertNever(problem);
  }
};

const readAs = (read: unknown): CellReading => ({ ok: true, value: read });

const wholeNumberCell = (text: string, empty: null | undefined): CellReading => {
  if (text.trim() === '') return readAs(empty);
  const read = readWholeNumber(text);
  return read === null ? { ok: false, problem: { kind: 'not-whole-number' } } : readAs(read);
};

const weightsCell = (trimmed: string): CellReading => {
  const pairs = trimmed
    .split(',')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '');
  if (pairs.length === 0) return readAs(undefined);
  const weights: Array<[string, number]> = [];
  for (const pair of pairs) {
    const [key = '', weight = '', ...rest] = pair.split(':').map((part) => part.trim());
    const read = readWholeNumber(weight);
    if (key === '' || read === null || rest.length > 0) {
      return { ok: false, problem: { kind: 'unreadable-weight', pair } };
    }
    weights.push([key, read]);
  }
  return readAs(Object.fromEntries(weights));
};

/** Reads a cell's text back into the value stored (see `CellReading`). */
export const readCell = (kind: FieldKind, text: string): CellReading => {
  const trimmed = text.trim();
  switch (kind) {
    case 'text':
      return readAs(trimmed === '' ? undefined : trimmed);
    case 'whole-number':
      return wholeNumberCell(text, undefined);
    case 'nullable-whole-number':
      return wholeNumberCell(text, null);
    case 'optional-decimal': {
      if (trimmed === '') return readAs(undefined);
      const read = readDecimal(trimmed);
      return read === null ? { ok: false, problem: { kind: 'not-decimal' } } : readAs(read);
    }
    case 'list': {
      const items = trimmed.split(/[,\s]+/).filter((item) => item !== '');
      return readAs(items.length === 0 ? undefined : items);
    }
    case 'weights':
      return weightsCell(trimmed);
    case 'hours':
      return readAs(readHours(trimmed));
    case 'flag':
      return readAs(trimmed === 'true' ? true : undefined);
    case 'password':
      return readAs(trimmed === '' ? undefined : text);
    default:
      return assertNever(kind);
  }
};
