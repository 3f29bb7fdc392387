import { issueText, type IssueFacts } from '../issue-text';

/** One issue of a refusal as the server sends it: the bad path and zod's or its own message. */
export type ServerIssue = { path: string; message: string };

/**
 * Values some enumerations take, glossed for a reader who meets them in the JSON editor: the
 * value itself must be typed as it is, so it is kept and explained.
 */
const optionGlosses: Record<string, string> = {
  strict: 'luôn gọi số ưu tiên trước',
  alternate: 'xen kẽ số thường và số ưu tiên',
  weighted: 'số ưu tiên được tính như đã chờ lâu hơn',
  kiosk: 'kiosk',
  counter: 'máy quầy',
  display: 'màn hình',
  agent: 'bộ điều khiển phần cứng',
  supervisor: 'giám sát',
  admin: 'quản trị',
};

/** zod's own English wording, as opposed to a message the server wrote (in Vietnamese). */
export const isZodWording = (message: string): boolean =>
  /^(Invalid|Too (small|big)|Expected|Unrecognized|Required)\b/.test(message);

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The quoted values of "Expected 'a' | 'b'" or 'expected one of "a"|"b"'. */
const quotedValues = (text: string): string[] =>
  [...text.matchAll(/['"]([^'"]*)['"]/g)].map((match) => match[1] ?? '');

const oneOf = (label: string, values: readonly string[]): string =>
  capitalise(
    `${label} phải là một trong: ${values
      .map((value) =>
        optionGlosses[value] ? `"${value}" (${optionGlosses[value]})` : `"${value}"`,
      )
      .join(', ')}`,
  );

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

/**
 * An issue of a server refusal as a Vietnamese sentence naming the field by `label` (lower case,
 * as in the middle of a sentence: "tên", "cách gọi số"); the sentence starts with a capital.
 * zod's English defaults are reworded ("Too small: expected string to have >=1 characters" →
 * "Cần nhập tên"); a message the server wrote in Vietnamese is kept after the label; an English
 * one this module cannot read becomes a general sentence that still gives the path.
 */
export const serverIssueText = (issue: ServerIssue, label: string): string => {
  const { message } = issue;
  const facts = typeFacts(message) ?? sizeFacts(message);
  if (facts) return issueText({ code: 'custom', path: [], message, ...facts }, label);
  if (/^Invalid (discriminator value|option)/.test(message)) {
    return oneOf(label, quotedValues(message.replace(/^[^.:]*[.:]/, '')));
  }
  if (/^Invalid input: expected ['"]/.test(message)) {
    return oneOf(label, quotedValues(message));
  }
  if (/^Invalid ISO date$/.test(message)) {
    return capitalise(`${label} phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02)`);
  }
  if (/^Invalid ISO datetime/.test(message)) {
    return capitalise(`${label} phải là một thời điểm, ví dụ 2026-09-02T08:00:00+07:00`);
  }
  if (/^Invalid URL/.test(message)) {
    return capitalise(`${label} phải là một địa chỉ web bắt đầu bằng http:// hoặc https://`);
  }
  if (/^Invalid string: must match pattern/.test(message)) {
    return capitalise(`${label} không đúng định dạng`);
  }
  const unknownKeys = /^Unrecognized keys?: (.*)$/.exec(message);
  if (unknownKeys) {
    return capitalise(
      `${label} có mục không dùng được: ${quotedValues(unknownKeys[1] ?? '').join(', ')}`,
    );
  }
  if (isZodWording(message)) {
    return capitalise(`${label} không hợp lệ (${issue.path})`);
  }
  return issueText({ code: 'custom', path: [], message }, label);
};
