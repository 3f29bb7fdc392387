import { describe, expect, it } from 'vitest';
import { readValue, showValue } from './section-fields';

describe('section fields', () => {
  it('shows and reads opening hours as weekday ranges and times', () => {
    const hours = [
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
      { weekdays: [6], from: '08:00', to: '11:00' },
      { weekdays: [1, 3], from: '13:30', to: '17:00' },
    ];
    const text = showValue('hours', hours);
    expect(text).toBe('1-5 07:30-11:30; 6 08:00-11:00; 1,3 13:30-17:00');
    expect(readValue('hours', text)).toEqual(hours);
    expect(readValue('hours', ' ')).toBeUndefined();
    // Unreadable text goes to the server as it is, which refuses it with the path.
    expect(readValue('hours', 'sáng thứ hai')).toEqual(['sáng thứ hai']);
  });

  it('reads weights, lists and limits', () => {
    expect(readValue('weights', 'ho-tich:2, chung-thuc: 1')).toEqual({
      'ho-tich': 2,
      'chung-thuc': 1,
    });
    expect(showValue('weights', { 'ho-tich': 2 })).toBe('ho-tich:2');
    expect(readValue('list', 'counter, supervisor')).toEqual(['counter', 'supervisor']);
    expect(readValue('list', '')).toBeUndefined();
    expect(readValue('nullable-number', '')).toBeNull();
    expect(readValue('optional-number', '')).toBeUndefined();
    expect(readValue('password', '  ')).toBeUndefined();
    expect(showValue('password', 'secret')).toBe('');
  });
});
