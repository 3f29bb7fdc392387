import type { Language } from '@openops/client';
import { issueText, type IssueFacts } from '../issue-text';
import { serverMessageText } from '../server-message-text';

/** One issue of a refusal as the server sends it: the bad path and zod's or its own message. */
export type ServerIssue = { path: string; message: string };

/**
 * Values some enumerations take, glossed for a reader who meets them in the JSON editor: the
 * value itself must be typed as it is, so it is kept and explained.
 */
const optionGlosses: Record<Language, Record<string, string>> = {
  vi: {
    strict: 'luôn gọi số ưu tiên trước',
    alternate: 'xen kẽ số thường và số ưu tiên',
    weighted: 'số ưu tiên được tính như đã chờ lâu hơn',
    kiosk: 'kiosk',
    counter: 'máy quầy',
    display: 'màn hình',
    agent: 'bộ điều khiển phần cứng',
    supervisor: 'giám sát',
    admin: 'quản trị',
  },
  en: {
    strict: 'always call priority tickets first',
    alternate: 'alternate normal and priority tickets',
    weighted: 'priority tickets count as having waited longer',
    kiosk: 'kiosk',
    counter: 'counter PC',
    display: 'display',
    agent: 'hardware agent',
    supervisor: 'supervisor',
    admin: 'admin',
  },
};

/** zod's own English wording, as opposed to a message the server wrote (in Vietnamese). */
export const isZodWording = (message: string): boolean =>
  /^(Invalid|Too (small|big)|Expected|Unrecognized|Required)\b/.test(message);

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The quoted values of "Expected 'a' | 'b'" or 'expected one of "a"|"b"'. */
const quotedValues = (text: string): string[] =>
  [...text.matchAll(/['"]([^'"]*)['"]/g)].map((match) => match[1] ?? '');

const oneOf = (label: string, values: readonly string[], language: Language): string => {
  const glossed = values
    .map((value) => {
      const gloss = optionGlosses[language][value];
      return gloss ? `"${value}" (${gloss})` : `"${value}"`;
    })
    .join(', ');
  return capitalise(
    language === 'vi'
      ? `${label} phải là một trong: ${glossed}`
      : `the ${label} must be one of: ${glossed}`,
  );
};

/** Reads zod's English "Invalid input: expected number, received undefined" back into facts. */
const typeFacts = (message: string): Partial<IssueFacts> | null => {
  const match = /^Invalid input: expected (\w+), received (\w+)/.exec(message);
  if (!match) return null;
  const received = match[2];
  return {
    code: 'invalid_type',
    expected: match[1] ?? '',
    // Only whether something was given matters to the wording: nothing reads as "cần nhập".
    input: received === 'undefined' ? undefined : received === 'null' ? null : received,
  };
};

/** "Too small: expected string to have >=1 characters", "Too big: expected number to be <=72". */
const sizeFacts = (message: string): Partial<IssueFacts> | null => {
  const match = /^Too (small|big): expected (\w+) to (?:have|be) (>=|>|<=|<)(-?[\d.]+)/.exec(
    message,
  );
  if (!match) return null;
  const [, size, origin = '', comparison = '', bound = ''] = match;
  const limit = Number(bound);
  const inclusive = comparison.endsWith('=');
  return size === 'small'
    ? { code: 'too_small', origin, minimum: limit, inclusive, input: 'given' }
    : { code: 'too_big', origin, maximum: limit, inclusive, input: 'given' };
};

/** A sentence of this module, side by side in both languages, starting with a capital. */
const sentence = (language: Language, vi: string, en: string): string =>
  capitalise(language === 'vi' ? vi : en);

/**
 * An issue of a server refusal as a sentence in `language` (default Vietnamese) naming the field
 * by `label` (lower case, as in the middle of a sentence: "tên", "cách gọi số"; in English
 * "name", "calling mode", which the sentence puts "the" before); the sentence starts with a
 * capital. zod's English defaults are reworded ("Too small: expected string to have >=1
 * characters" → "Cần nhập tên", "Enter the name"); a message the server wrote is kept after the
 * label (in English, its English: see `serverMessageText`); an English one this module cannot
 * read becomes a general sentence that still gives the path.
 */
export const serverIssueText = (
  issue: ServerIssue,
  label: string,
  language: Language = 'vi',
): string => {
  const { message } = issue;
  const facts = typeFacts(message) ?? sizeFacts(message);
  if (facts) return issueText({ code: 'custom', path: [], message, ...facts }, label, language);
  if (/^Invalid (discriminator value|option)/.test(message)) {
    return oneOf(label, quotedValues(message.replace(/^[^.:]*[.:]/, '')), language);
  }
  if (/^Invalid input: expected ['"]/.test(message)) {
    return oneOf(label, quotedValues(message), language);
  }
  if (/^Invalid ISO date$/.test(message)) {
    return sentence(
      language,
      `${label} phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02)`,
      `the ${label} must be a real date, as year-month-day (e.g. 2026-09-02)`,
    );
  }
  if (/^Invalid ISO datetime/.test(message)) {
    return sentence(
      language,
      `${label} phải là một thời điểm, ví dụ 2026-09-02T08:00:00+07:00`,
      `the ${label} must be a date and time, e.g. 2026-09-02T08:00:00+07:00`,
    );
  }
  if (/^Invalid URL/.test(message)) {
    return sentence(
      language,
      `${label} phải là một địa chỉ web bắt đầu bằng http:// hoặc https://`,
      `the ${label} must be a web address starting with http:// or https://`,
    );
  }
  if (/^Invalid string: must match pattern/.test(message)) {
    return sentence(
      language,
      `${label} không đúng định dạng`,
      `the ${label} is not in the expected format`,
    );
  }
  const unknownKeys = /^Unrecognized keys?: (.*)$/.exec(message);
  if (unknownKeys) {
    const keys = quotedValues(unknownKeys[1] ?? '').join(', ');
    return sentence(
      language,
      `${label} có mục không dùng được: ${keys}`,
      `the ${label} has settings that are not used: ${keys}`,
    );
  }
  if (isZodWording(message)) {
    return sentence(
      language,
      `${label} không hợp lệ (${issue.path})`,
      `the ${label} is not valid (${issue.path})`,
    );
  }
  return issueText(
    { code: 'custom', path: [], message: serverMessageText(message, language) },
    label,
    language,
  );
};
