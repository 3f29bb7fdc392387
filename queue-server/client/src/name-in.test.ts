import { describe, expect, it } from 'vitest';
import { nameIn } from './name-in';

describe('nameIn', () => {
  it('gives the Vietnamese name in Vietnamese, whatever the English one', () => {
    expect(nameIn('vi', 'Đăng ký khai sinh', 'Birth registration')).toBe('Đăng ký khai sinh');
  });

  it('gives the English name in English', () => {
    expect(nameIn('en', 'Đăng ký khai sinh', 'Birth registration')).toBe('Birth registration');
  });

  it('falls back to the Vietnamese name in English when there is no English one', () => {
    expect(nameIn('en', 'Đăng ký khai sinh', undefined)).toBe('Đăng ký khai sinh');
    expect(nameIn('en', 'Đăng ký khai sinh', '')).toBe('Đăng ký khai sinh');
    expect(nameIn('en', 'Đăng ký khai sinh', '  ')).toBe('Đăng ký khai sinh');
  });
});
