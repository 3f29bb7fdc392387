import type { ErrorBody } from '@openops/protocol';
import { serverIssueText } from './server-issue-text';

/** The report form's fields in the words of a sentence, by the query's key. */
const fieldNames: Record<string, string> = {
  from: 'từ ngày',
  to: 'đến ngày',
  serviceId: 'dịch vụ',
  counterId: 'quầy',
  officerId: 'cán bộ',
};

/** What keeps the period from being asked for: a date left empty or half typed; null when none. */
export const periodProblem = (from: string, to: string): string | null => {
  if (from === '' && to === '') return 'Chọn ngày bắt đầu (Từ ngày) và ngày kết thúc (Đến ngày).';
  if (from === '') return 'Chọn ngày bắt đầu (Từ ngày).';
  if (to === '') return 'Chọn ngày kết thúc (Đến ngày).';
  return null;
};

/** A refused report in Vietnamese, each issue named by the form's field. */
export const reportRefusal = (error: ErrorBody): string => {
  const issues = (error.issues ?? []).map((issue) =>
    serverIssueText(issue, fieldNames[issue.path] ?? `"${issue.path}"`),
  );
  return issues.length === 0 ? error.message : `Chưa xem được báo cáo — ${issues.join('; ')}`;
};
