import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import {
  readWaitThreshold,
  waitThresholdProblemText,
  waitThresholdRefusal,
} from './wait-threshold';

describe('the wait alert threshold', () => {
  it('asks for minutes left empty, and refuses a fraction or a figure out of bounds', () => {
    expect(readWaitThreshold('')).toEqual({ ok: false, problem: 'missing' });
    expect(readWaitThreshold('  ')).toEqual({ ok: false, problem: 'missing' });
    for (const text of ['0', '241', '1.5', '-3']) {
      expect(readWaitThreshold(text), text).toEqual({ ok: false, problem: 'out-of-range' });
    }
    expect(readWaitThreshold(' 25 ')).toEqual({ ok: true, minutes: 25 });
    expect(readWaitThreshold('240')).toEqual({ ok: true, minutes: 240 });
  });

  it('says what is wrong in Vietnamese, or in English', () => {
    expect(waitThresholdProblemText('missing', 'vi')).toBe('Nhập số phút chờ, từ 1 đến 240.');
    expect(waitThresholdProblemText('out-of-range', 'vi')).toBe(
      'Số phút chờ phải là số nguyên từ 1 đến 240.',
    );
    expect(waitThresholdProblemText('missing', 'en')).toBe(
      'Enter the wait in minutes, from 1 to 240.',
    );
    expect(waitThresholdProblemText('out-of-range', 'en')).toBe(
      'The wait must be a whole number of minutes from 1 to 240.',
    );
  });

  it("words the server's refusal in the supervisor's language", () => {
    const refused = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'waitAlertMinutes', message: 'Too small: expected number to be >=1' },
    ]).error;
    expect(waitThresholdRefusal(refused, 'vi')).toBe(
      'Chưa lưu ngưỡng: Ngưỡng cảnh báo chờ ít nhất là 1',
    );
    expect(waitThresholdRefusal(refused, 'en')).toBe(
      'Threshold not saved: The wait alert threshold must be at least 1',
    );
    const tooBig = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'waitAlertMinutes', message: 'Too big: expected number to be <=240' },
    ]).error;
    expect(waitThresholdRefusal(tooBig, 'en')).toBe(
      'Threshold not saved: The wait alert threshold must be at most 240',
    );
    // A refusal with no issue (no permission, say) is the server's own sentence.
    const forbidden = fail('forbidden', 'Chỉ giám sát hoặc quản trị được đổi ngưỡng').error;
    expect(waitThresholdRefusal(forbidden, 'en')).toBe(
      'Chỉ giám sát hoặc quản trị được đổi ngưỡng',
    );
  });
});
