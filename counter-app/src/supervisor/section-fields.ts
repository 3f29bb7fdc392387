import { assertNever } from '@openops/protocol';

/**
 * How the configuration screen edits the most used lists as tables: each column's kind says how
 * its value is shown in a text box and read back. The server validates the result whole.
 */
export type FieldKind =
  | 'text'
  | 'number'
  | 'nullable-number'
  | 'optional-number'
  | 'list'
  | 'weights'
  | 'hours'
  | 'flag'
  | 'password';

export type FieldSpec = { key: string; label: string; kind: FieldKind; hint?: string };

export const listSections = {
  services: [
    { key: 'id', label: 'Mã', kind: 'text' },
    { key: 'name', label: 'Tên', kind: 'text' },
    { key: 'nameEn', label: 'Tên tiếng Anh', kind: 'text' },
    { key: 'prefix', label: 'Tiền tố', kind: 'text' },
    {
      key: 'dailyLimit',
      label: 'Giới hạn/ngày',
      kind: 'nullable-number',
      hint: 'trống: không giới hạn',
    },
    { key: 'serviceMinutes', label: 'Phút/lượt', kind: 'optional-number' },
    { key: 'fieldId', label: 'Lĩnh vực', kind: 'text' },
    {
      key: 'openingHours',
      label: 'Giờ mở cửa',
      kind: 'hours',
      hint: 'thứ 1–7 (1 = thứ Hai) và giờ, ví dụ 1-5 07:30-11:30; 1-5 13:30-17:00; trống: luôn mở',
    },
  ],
  counters: [
    { key: 'id', label: 'Mã', kind: 'text' },
    { key: 'number', label: 'Số quầy', kind: 'number' },
    { key: 'name', label: 'Tên', kind: 'text' },
    { key: 'zone', label: 'Khu vực', kind: 'text' },
    {
      key: 'serviceIds',
      label: 'Dịch vụ',
      kind: 'list',
      hint: 'mã dịch vụ, cách nhau bởi dấu phẩy',
    },
    { key: 'weights', label: 'Trọng số', kind: 'weights', hint: 'ví dụ ho-tich:2, chung-thuc:1' },
  ],
  officers: [
    { key: 'id', label: 'Mã', kind: 'text' },
    { key: 'username', label: 'Tên đăng nhập', kind: 'text' },
    { key: 'name', label: 'Họ tên', kind: 'text' },
    { key: 'roles', label: 'Vai trò', kind: 'list', hint: 'counter, supervisor, admin' },
    { key: 'counterIds', label: 'Quầy được mở', kind: 'list', hint: 'trống: mọi quầy' },
    { key: 'disabled', label: 'Khoá', kind: 'flag' },
    {
      key: 'password',
      label: 'Mật khẩu mới',
      kind: 'password',
      hint: 'từ 8 ký tự; trống: giữ nguyên',
    },
  ],
} as const satisfies Record<string, readonly FieldSpec[]>;

export type ListSection = keyof typeof listSections;

export const isListSection = (section: string): section is ListSection => section in listSections;

type Hours = { weekdays: number[]; from: string; to: string };

const showHours = (value: unknown): string =>
  Array.isArray(value)
    ? (value as Hours[])
        .map((span) => {
          const days = [...span.weekdays].sort((a, b) => a - b);
          const first = days[0];
          const last = days[days.length - 1];
          const consecutive =
            first !== undefined && last !== undefined && last - first === days.length - 1;
          return `${consecutive && days.length > 1 ? `${first}-${last}` : days.join(',')} ${span.from}-${span.to}`;
        })
        .join('; ')
    : '';

/** Reads `1-5 07:30-11:30; 6 08:00-11:00`; a span it cannot read is kept as text for the server to refuse. */
const readHours = (text: string): unknown => {
  const spans = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (spans.length === 0) return undefined;
  return spans.map((span) => {
    const match = /^([\d,-]+)\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(span);
    if (!match) return span;
    const [, days = '', from = '', to = ''] = match;
    const weekdays = days.split(',').flatMap((part) => {
      const range = /^(\d)-(\d)$/.exec(part);
      if (!range) return [Number(part)];
      const start = Number(range[1]);
      const end = Number(range[2]);
      return Array.from({ length: Math.max(0, end - start + 1) }, (_, index) => start + index);
    });
    return { weekdays, from: from.padStart(5, '0'), to: to.padStart(5, '0') };
  });
};

/** The text a cell shows for a stored value. */
export const showValue = (kind: FieldKind, value: unknown): string => {
  switch (kind) {
    case 'text':
    case 'number':
    case 'nullable-number':
    case 'optional-number':
      return value === null || value === undefined ? '' : String(value);
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

/** The stored value of a cell's text; undefined removes the key (an optional field left empty). */
export const readValue = (kind: FieldKind, text: string): unknown => {
  const trimmed = text.trim();
  switch (kind) {
    case 'text':
      return trimmed === '' ? undefined : trimmed;
    case 'number':
      return trimmed === '' ? undefined : Number(trimmed);
    case 'nullable-number':
      return trimmed === '' ? null : Number(trimmed);
    case 'optional-number':
      return trimmed === '' ? undefined : Number(trimmed);
    case 'list': {
      const items = trimmed.split(/[,\s]+/).filter((item) => item !== '');
      return items.length === 0 ? undefined : items;
    }
    case 'weights': {
      const pairs = trimmed
        .split(',')
        .map((pair) => pair.trim())
        .filter((pair) => pair !== '');
      if (pairs.length === 0) return undefined;
      return Object.fromEntries(
        pairs.map((pair) => {
          const [key = '', weight = ''] = pair.split(':').map((part) => part.trim());
          return [key, Number(weight)];
        }),
      );
    }
    case 'hours':
      return readHours(trimmed);
    case 'flag':
      return trimmed === 'true' ? true : undefined;
    case 'password':
      return trimmed === '' ? undefined : text;
    default:
      return assertNever(kind);
  }
};
