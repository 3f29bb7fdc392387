import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import { periodProblem, reportRefusal } from './report-problems';

describe('a report that cannot be shown', () => {
  it('asks for a date left empty before asking the server', () => {
    expect(periodProblem('', '2026-10-31')).toBe('Chọn ngày bắt đầu (Từ ngày).');
    expect(periodProblem('2026-10-01', '')).toBe('Chọn ngày kết thúc (Đến ngày).');
    expect(periodProblem('2026-10-01', '2026-10-31')).toBeNull();
  });

  it("names the field of a refusal in Vietnamese, never with zod's English", () => {
    const refusal = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'from', message: 'Invalid ISO date' },
      { path: 'to', message: 'ngày kết thúc phải sau ngày bắt đầu (to must not be before from)' },
    ]).error;
    expect(reportRefusal(refusal)).toBe(
      'Chưa xem được báo cáo — Từ ngày phải là một ngày có thật, dạng năm-tháng-ngày (ví dụ 2026-09-02); Đến ngày: ngày kết thúc phải sau ngày bắt đầu (to must not be before from)',
    );
    expect(reportRefusal(fail('forbidden', 'Chỉ giám sát viên').error)).toBe('Chỉ giám sát viên');
  });
});
