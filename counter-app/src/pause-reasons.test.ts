import { describe, expect, it } from 'vitest';
import { pauseReasonText, pauseReasons } from './pause-reasons';

describe('pause reasons', () => {
  it('are sent in Vietnamese, the words the floor and the reports read', () => {
    expect(pauseReasons.map((usual) => usual.reason)).toEqual([
      'Nghỉ giải lao',
      'Họp',
      'Xử lý hồ sơ tồn',
      'Sự cố thiết bị',
    ]);
  });

  it('show a usual reason in the officer’s language', () => {
    expect(pauseReasonText('Nghỉ giải lao', 'vi')).toBe('Nghỉ giải lao');
    expect(pauseReasonText('Nghỉ giải lao', 'en')).toBe('Break');
    expect(pauseReasonText('Sự cố thiết bị', 'en')).toBe('Equipment problem');
  });

  it('show a typed reason as it was typed', () => {
    expect(pauseReasonText('Đi lấy con dấu', 'en')).toBe('Đi lấy con dấu');
    expect(pauseReasonText('Đi lấy con dấu', 'vi')).toBe('Đi lấy con dấu');
  });
});
