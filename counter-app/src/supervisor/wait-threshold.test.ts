import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import { readWaitThreshold, waitThresholdRefusal } from './wait-threshold';

describe('the wait alert threshold', () => {
  it('asks for minutes left empty, and refuses a fraction or a figure out of bounds', () => {
    expect(readWaitThreshold('')).toEqual({
      ok: false,
      problem: 'Nhập số phút chờ, từ 1 đến 240.',
    });
    for (const text of ['0', '241', '1.5', '-3']) {
      expect(readWaitThreshold(text), text).toEqual({
        ok: false,
        problem: 'Số phút chờ phải là số nguyên từ 1 đến 240.',
      });
    }
    expect(readWaitThreshold(' 25 ')).toEqual({ ok: true, minutes: 25 });
  });

  it("words the server's refusal in Vietnamese", () => {
    const refused = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'waitAlertMinutes', message: 'Too small: expected number to be >=1' },
    ]).error;
    expect(waitThresholdRefusal(refused)).toBe('Chưa lưu ngưỡng: Ngưỡng cảnh báo chờ ít nhất là 1');
  });
});
