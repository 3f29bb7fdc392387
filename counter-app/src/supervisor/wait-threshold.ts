import type { Language } from '@openops/client';
import { assertNever, type ErrorBody } from '@openops/protocol';
import { serverIssueText } from './server-issue-text';

/** The wait alert's bounds, in minutes, as the server takes them (`floorSettingsSchema`). */
export const waitThresholdMinutes = { min: 1, max: 240 } as const;

/** What is wrong with the minutes typed: nothing typed, or no whole number within bounds. */
export type WaitThresholdProblem = 'missing' | 'out-of-range';

/**
 * The minutes typed for the wait alert, or what is wrong with them (worded by
 * `waitThresholdProblemText`). A number field reads empty for nothing typed and for what is no
 * number alike.
 */
export const readWaitThreshold = (
  text: string,
): { ok: true; minutes: number } | { ok: false; problem: WaitThresholdProblem } => {
  const { min, max } = waitThresholdMinutes;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'missing' };
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < min || minutes > max) {
    return { ok: false, problem: 'out-of-range' };
  }
  return { ok: true, minutes };
};

/** A problem of the minutes typed, as the supervisor reads it in their language. */
export const waitThresholdProblemText = (
  problem: WaitThresholdProblem,
  language: Language,
): string => {
  const { min, max } = waitThresholdMinutes;
  const en = language === 'en';
  switch (problem) {
    case 'missing':
      return en
        ? `Enter the wait in minutes, from ${min} to ${max}.`
        : `Nhập số phút chờ, từ ${min} đến ${max}.`;
    case 'out-of-range':
      return en
        ? `The wait must be a whole number of minutes from ${min} to ${max}.`
        : `Số phút chờ phải là số nguyên từ ${min} đến ${max}.`;
    default:
      return assertNever(problem);
  }
};

/**
 * The server's refusal of a threshold, each issue in the supervisor's language as
 * `serverIssueText` words it. A refusal without issues (no permission, say) is the server's own
 * sentence.
 */
export const waitThresholdRefusal = (error: ErrorBody, language: Language): string => {
  const issues = (error.issues ?? []).map((issue) =>
    language === 'en'
      ? serverIssueText(issue, 'wait alert threshold', 'en')
      : serverIssueText(issue, 'ngưỡng cảnh báo chờ'),
  );
  if (issues.length === 0) return error.message;
  return language === 'en'
    ? `Threshold not saved: ${issues.join('; ')}`
    : `Chưa lưu ngưỡng: ${issues.join('; ')}`;
};
