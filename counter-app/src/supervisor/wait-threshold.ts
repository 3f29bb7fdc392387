import type { ErrorBody } from '@openops/protocol';
import { serverIssueText } from './server-issue-text';

/** The wait alert's bounds, in minutes, as the server takes them (`floorSettingsSchema`). */
export const waitThresholdMinutes = { min: 1, max: 240 } as const;

/**
 * The minutes typed for the wait alert, or what is wrong with them, in Vietnamese. A number
 * field reads empty for nothing typed and for what is no number alike.
 */
export const readWaitThreshold = (
  text: string,
): { ok: true; minutes: number } | { ok: false; problem: string } => {
  const { min, max } = waitThresholdMinutes;
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: false, problem: `Nhập số phút chờ, từ ${min} đến ${max}.` };
  }
  const minutes = Number(trimmed);
  if (!Number.isInteger(minutes) || minutes < min || minutes > max) {
    return { ok: false, problem: `Số phút chờ phải là số nguyên từ ${min} đến ${max}.` };
  }
  return { ok: true, minutes };
};

/** The server's refusal of a threshold, each issue in Vietnamese. */
export const waitThresholdRefusal = (error: ErrorBody): string => {
  const issues = (error.issues ?? []).map((issue) => serverIssueText(issue, 'ngưỡng cảnh báo chờ'));
  return issues.length === 0 ? error.message : `Chưa lưu ngưỡng: ${issues.join('; ')}`;
};
