import type { Language } from '@openops/client';
import type { ErrorBody } from '@openops/protocol';
import { serverMessageText, serverRefusalText } from '../server-message-text';
import { isZodWording, serverIssueText, type ServerIssue } from './server-issue-text';

/** The report form's fields in the words of a sentence, by the query's key. */
const fieldNames: Record<Language, Record<string, string>> = {
  vi: {
    from: 'từ ngày',
    to: 'đến ngày',
    serviceId: 'dịch vụ',
    counterId: 'quầy',
    officerId: 'cán bộ',
  },
  // As the English form labels them: an issue reads "To: …".
  en: {
    from: 'From',
    to: 'To',
    serviceId: 'Service',
    counterId: 'Counter',
    officerId: 'Officer',
  },
};

/**
 * What keeps the period from being asked for, in `language`: a date left empty or half typed;
 * null when none.
 */
export const periodProblem = (from: string, to: string, language: Language): string | null => {
  const vi = language === 'vi';
  if (from === '' && to === '')
    return vi
      ? 'Chọn ngày bắt đầu (Từ ngày) và ngày kết thúc (Đến ngày).'
      : 'Choose the start date (From) and the end date (To).';
  if (from === '') return vi ? 'Chọn ngày bắt đầu (Từ ngày).' : 'Choose the start date (From).';
  if (to === '') return vi ? 'Chọn ngày kết thúc (Đến ngày).' : 'Choose the end date (To).';
  return null;
};

/**
 * An issue of a refused report in English, naming the field as the form does. The query's
 * fields are dates and ids picked from lists, so few issues can arise: an unreadable date, and
 * the server's own sentences on the period (Vietnamese with their English in brackets, kept
 * whole after the field's name).
 */
const englishIssue = (issue: ServerIssue, label: string): string => {
  if (/^Invalid ISO date$/.test(issue.message))
    return `${label}: must be a real date, as year-month-day (e.g. 2026-09-02)`;
  if (isZodWording(issue.message)) return `${label}: not valid`;
  return `${label}: ${serverMessageText(issue.message, 'en')}`;
};

/** A refused report in `language`, each issue named by the form's field. */
export const reportRefusal = (error: ErrorBody, language: Language): string => {
  const issues = (error.issues ?? []).map((issue) => {
    const label = fieldNames[language][issue.path] ?? `"${issue.path}"`;
    return language === 'vi' ? serverIssueText(issue, label) : englishIssue(issue, label);
  });
  if (issues.length === 0) return serverRefusalText(error.message, language);
  return language === 'vi'
    ? `Chưa xem được báo cáo — ${issues.join('; ')}`
    : `Cannot show the report — ${issues.join('; ')}`;
};
