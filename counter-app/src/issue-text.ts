import type { Language } from '@openops/client';

/**
 * The parts of a zod issue this module reads. Structural, so a finalized zod issue (any code)
 * fits; parse with `{ reportInput: true }` so an empty field is told from a wrong value.
 */
export type IssueFacts = {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  input?: unknown;
};

/** zod's own English wording, as opposed to a message the protocol wrote for the field. */
const zodDefault = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Whether the issue is a field left empty (nothing typed, an emptied list or text). */
export const isMissing = (issue: IssueFacts): boolean => {
  if (issue.code === 'invalid_type') return issue.input === undefined || issue.input === null;
  return (
    issue.code === 'too_small' &&
    (issue.origin === 'string' || issue.origin === 'array') &&
    Number(issue.minimum) === 1
  );
};

/**
 * An issue as an officer reads it, naming the field with `label` (lower case, as it reads in the
 * middle of a sentence: "họ và tên", "số quầy"); the sentence starts with a capital letter.
 * A message the protocol wrote itself (Vietnamese) is kept after the label; zod's English
 * defaults are never shown, since they speak of strings, arrays and `>=1`.
 */
export const issueText = (issue: IssueFacts, label: string, language: Language = 'vi'): string => {
  const vi = language === 'vi';
  const text = (viText: string, enText: string): string => capitalise(vi ? viText : enText);
  if (isMissing(issue)) return text(`cần nhập ${label}`, `enter the ${label}`);
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? text(`${label} phải là số nguyên`, `the ${label} must be a whole number`)
        : issue.expected === 'number'
          ? text(`${label} phải là số`, `the ${label} must be a number`)
          : text(`${label} không hợp lệ`, `the ${label} is not valid`);
    case 'too_small':
      if (issue.origin === 'string')
        return text(`${label} cần ít nhất ${min} ký tự`, `the ${label} needs ${min} characters`);
      if (issue.origin === 'array')
        return text(`${label} cần ít nhất ${min} mục`, `the ${label} needs ${min} items`);
      return issue.inclusive === false
        ? text(`${label} phải lớn hơn ${min}`, `the ${label} must be more than ${min}`)
        : text(`${label} ít nhất là ${min}`, `the ${label} must be at least ${min}`);
    case 'too_big':
      if (issue.origin === 'string')
        return text(`${label} tối đa ${max} ký tự`, `the ${label} takes at most ${max} characters`);
      if (issue.origin === 'array')
        return text(`${label} tối đa ${max} mục`, `the ${label} takes at most ${max} items`);
      return text(`${label} tối đa là ${max}`, `the ${label} must be at most ${max}`);
    default:
      return zodDefault.test(issue.message)
        ? text(`${label} không hợp lệ`, `the ${label} is not valid`)
        : text(`${label}: ${issue.message}`, `${label}: ${issue.message}`);
  }
};
