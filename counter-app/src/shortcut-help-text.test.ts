import { describe, expect, it } from 'vitest';
import { shortcutRows } from './shortcut-help-text';
import { counterActions } from './shortcuts';

const vietnameseLetter = /[À-ỹĐđ]/u;

describe('shortcutRows', () => {
  it('lists every action’s key, then Alt+n and Esc', () => {
    const rows = shortcutRows('vi');
    expect(rows).toHaveLength(counterActions.length + 2);
    expect(rows[0]).toEqual({ keys: 'F1', text: 'Gọi số tiếp theo' });
    expect(rows.find((row) => row.keys === 'Shift+F7')?.text).toBe('Trả số về hàng chờ');
    expect(rows.at(-2)).toEqual({ keys: 'Alt+1 … 9', text: 'Gọi số thứ n trong danh sách chờ' });
    expect(rows.at(-1)).toEqual({ keys: 'Esc', text: 'Đóng hộp thoại' });
  });

  it('speaks one language at a time', () => {
    const vi = shortcutRows('vi');
    const en = shortcutRows('en');
    expect(vi.every((row) => !/\(.*[a-z].*\)/.test(row.text))).toBe(true);
    expect(en.every((row) => !vietnameseLetter.test(row.text))).toBe(true);
    expect(en[0]).toEqual({ keys: 'F1', text: 'Call next' });
    expect(en.find((row) => row.keys === 'F10')?.text).toBe('Pause / resume');
    expect(en.at(-1)).toEqual({ keys: 'Esc', text: 'Close the dialog' });
    expect(en.map((row) => row.keys)).toEqual(vi.map((row) => row.keys));
  });
});
