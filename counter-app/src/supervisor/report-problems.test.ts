import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import { periodProblem, reportRefusal } from './report-problems';

const refusal = fail('bad-request', 'Dữ liệu không hợp lệ', [
  { path: 'from', message: 'Invalid ISO date' },
  { path: 'to', message: 'ngày kết thúc phải sau ngày bắt đầu (to must not be before from)' },
]).error;

describe('a report that cannot be shown', () => {
  it('asks for a date left empty before asking the server', () => {
    expect(periodProblem('', '2026-10-31', 'vi')).toBe('Chọn ngày bắt đầu (Từ ngày).');
    expect(periodProblem('2026-10-01', '', 'vi')).toBe('Chọn ngày kết thúc (Đến ngày).');
    expect(periodProblem('', '', 'vi')).toBe(
      'Chọn ngày bắt đầu (Từ ngày) và ngày kết thúc (Đến ngày).',
    );
    expect(periodProblem('2026-10-01', '2026-10-31', 'vi')).toBeNull();
  });

  it('asks for a date left empty in English, naming the fields as the English form does', () => {
    expect(periodProblem('', '2026-10-31', 'en')).toBe('Choose the start date (From).');
    expect(periodProblem('2026-10-01', '', 'en')).toBe('Choose the end date (To).');
    expect(periodProblem('', '', 'en')).toBe('Choose the start date (From) and the end date (To).');
    expect(periodProblem('2026-10-01', '2026-10-31', 'en')).toBeNull();
  });

  it("names the field of a refusal in Vietnamese, never with zod's English", () => {
    expect(reportRefusal(refusal, 'vi')).toBe(
      'Chưa xem được báo cáo — Từ ngày phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02); Đến ngày: ngày kết thúc phải sau ngày bắt đầu (to must not be before from)',
    );
    expect(reportRefusal(fail('forbidden', 'Chỉ giám sát viên').error, 'vi')).toBe(
      'Chỉ giám sát viên',
    );
  });

  it('names the field of a refusal in English, with the server’s English', () => {
    expect(reportRefusal(refusal, 'en')).toBe(
      'Cannot show the report — From: must be a real date, as year-month-day (e.g. 2026-09-02); To: to must not be before from',
    );
    const badId = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'counterId', message: 'Invalid string: must match pattern /^[a-z0-9-]+$/' },
    ]).error;
    expect(reportRefusal(badId, 'en')).toBe('Cannot show the report — Counter: not valid');
    // A refusal without issues is the server's own sentence, in either language.
    expect(reportRefusal(fail('forbidden', 'Chỉ giám sát viên').error, 'en')).toBe(
      'Chỉ giám sát viên',
    );
  });
});
