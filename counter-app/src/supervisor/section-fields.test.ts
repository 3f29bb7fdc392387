import { describe, expect, it } from 'vitest';
import {
  cellProblemText,
  hoursInWords,
  listSections,
  readCell,
  readingOf,
  readWholeNumber,
  showValue,
  type FieldKind,
} from './section-fields';

/** The value a readable cell is saved as. */
const readValue = (kind: FieldKind, text: string): unknown => {
  const reading = readCell(kind, text);
  if (!reading.ok) throw new Error(`unreadable ${kind} cell: ${text} (${reading.problem.kind})`);
  return reading.value;
};

describe('section fields', () => {
  it('shows and reads opening hours as Vietnamese weekday names and times', () => {
    const hours = [
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
      { weekdays: [6], from: '08:00', to: '11:00' },
      { weekdays: [1, 3], from: '13:30', to: '17:00' },
      { weekdays: [6, 7], from: '08:00', to: '12:00' },
    ];
    const text = showValue('hours', hours);
    expect(text).toBe('T2-T6 07:30-11:30; T7 08:00-11:00; T2,T4 13:30-17:00; T7-CN 08:00-12:00');
    expect(readValue('hours', text)).toEqual(hours);
    expect(readValue('hours', 't2-t6 7:30-11:30')).toEqual([
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
    ]);
    expect(readValue('hours', ' ')).toBeUndefined();
    // Unreadable text goes to the server as it is, which refuses it with the path.
    expect(readValue('hours', 'sáng thứ hai')).toEqual(['sáng thứ hai']);
  });

  it('still reads ISO day numbers (1 = thứ Hai), and refuses a range that mixes the two', () => {
    expect(readValue('hours', '1-5 07:30-11:30')).toEqual([
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
    ]);
    // Which "5" is meant, thứ Năm or ISO Friday, cannot be known: the server refuses it.
    expect(readValue('hours', 'T2-5 07:30-11:30')).toEqual(['T2-5 07:30-11:30']);
    expect(readValue('hours', 'T6-T2 07:30-11:30')).toEqual(['T6-T2 07:30-11:30']);
    expect(readValue('hours', '0-8 07:30-11:30')).toEqual(['0-8 07:30-11:30']);
  });

  it('reads English day names typed on the English screen, and shows them back by Vietnamese name', () => {
    const typed = readValue('hours', 'Mon-Fri 07:30-11:30; sat,SUN 08:00-11:00');
    expect(typed).toEqual([
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
      { weekdays: [6, 7], from: '08:00', to: '11:00' },
    ]);
    expect(showValue('hours', typed)).toBe('T2-T6 07:30-11:30; T7-CN 08:00-11:00');
    // A range running backwards is still refused, whatever the names.
    expect(readValue('hours', 'Fri-Mon 07:30-11:30')).toEqual(['Fri-Mon 07:30-11:30']);
  });

  it('says back by name the days a cell will be saved as', () => {
    // A director meaning thứ Hai–thứ Sáu who types 2-6 sees what that means before saving.
    expect(hoursInWords('2-6 07:30-11:30', 'vi')).toBe('thứ Ba–thứ Bảy 07:30–11:30');
    expect(hoursInWords('T2-T6 07:30-11:30; T7,CN 08:00-11:00', 'vi')).toBe(
      'thứ Hai–thứ Sáu 07:30–11:30; thứ Bảy–Chủ nhật 08:00–11:00',
    );
    expect(hoursInWords('T2,T4 13:30-17:00', 'vi')).toBe('thứ Hai, thứ Tư 13:30–17:00');
    expect(hoursInWords('sáng thứ hai', 'vi')).toBe('không đọc được "sáng thứ hai"');
    expect(hoursInWords('  ', 'vi')).toBeNull();
    expect(readingOf('hours', 'CN 08:00-11:00', 'vi')).toBe('Chủ nhật 08:00–11:00');
    expect(readingOf('text', 'CN', 'vi')).toBeNull();
  });

  it('says the days back in English, the cell still written T2 … CN', () => {
    expect(hoursInWords('T2-T6 07:30-11:30; T7,CN 08:00-11:00', 'en')).toBe(
      'Monday–Friday 07:30–11:30; Saturday–Sunday 08:00–11:00',
    );
    expect(hoursInWords('2-6 07:30-11:30', 'en')).toBe('Tuesday–Saturday 07:30–11:30');
    expect(hoursInWords('T2,T4 13:30-17:00', 'en')).toBe('Monday, Wednesday 13:30–17:00');
    expect(hoursInWords('sáng thứ hai', 'en')).toBe('cannot read "sáng thứ hai"');
    expect(readingOf('hours', 'CN 08:00-11:00', 'en')).toBe('Sunday 08:00–11:00');
  });

  it('names every column and hint in both languages', () => {
    for (const fields of Object.values(listSections)) {
      for (const field of fields) {
        expect(field.label.vi, field.key).not.toBe('');
        expect(field.label.en, field.key).toMatch(/^[\x20-\x7E…–]+$/);
      }
    }
    expect(listSections.services.map((field) => field.label.en)).toEqual([
      'ID',
      'Name',
      'English name',
      'Prefix',
      'Daily limit',
      'Minutes per ticket',
      'Field',
      'Opening hours',
    ]);
  });

  it('reads weights, lists and limits', () => {
    expect(readValue('weights', 'ho-tich:2, chung-thuc: 1')).toEqual({
      'ho-tich': 2,
      'chung-thuc': 1,
    });
    expect(showValue('weights', { 'ho-tich': 2 })).toBe('ho-tich:2');
    expect(readValue('list', 'counter, supervisor')).toEqual(['counter', 'supervisor']);
    expect(readValue('list', '')).toBeUndefined();
    expect(readValue('nullable-whole-number', '')).toBeNull();
    expect(readValue('optional-decimal', '')).toBeUndefined();
    expect(readValue('password', '  ')).toBeUndefined();
    expect(showValue('password', 'secret')).toBe('');
  });

  it('reads a limit typed the Vietnamese way, 1.000, as a thousand', () => {
    expect(readValue('nullable-whole-number', '1.000')).toBe(1000);
    expect(readValue('nullable-whole-number', ' 12.500 ')).toBe(12500);
    expect(readValue('nullable-whole-number', '250')).toBe(250);
    expect(readValue('whole-number', '3')).toBe(3);
    expect(readWholeNumber('1.000.000')).toBe(1_000_000);
    // Shown the same way, so a saved limit reads back as typed.
    expect(showValue('nullable-whole-number', 1000)).toBe('1.000');
    expect(showValue('nullable-whole-number', null)).toBe('');
    expect(showValue('whole-number', 3)).toBe('3');
  });

  it('refuses a whole-number cell that is no whole number, saying so in Vietnamese', () => {
    for (const text of ['1,000', '1.5', '1,5', '1.00', '10.0000', 'một nghìn', '1e3', '.5']) {
      expect(readCell('nullable-whole-number', text), text).toEqual({
        ok: false,
        problem: { kind: 'not-whole-number' },
      });
    }
    expect(cellProblemText({ kind: 'not-whole-number' }, 'vi')).toBe(
      'phải là số nguyên, ví dụ 25 hoặc 1.000 (dấu chấm ngăn hàng nghìn)',
    );
    expect(cellProblemText({ kind: 'not-whole-number' }, 'en')).toBe(
      'must be a whole number, e.g. 25 or 1.000 (a dot between thousands)',
    );
    expect(readCell('whole-number', '2a').ok).toBe(false);
  });

  it('reads minutes with a decimal comma, and weights only as code:whole number', () => {
    expect(readValue('optional-decimal', '7,5')).toBe(7.5);
    expect(readValue('optional-decimal', '7.5')).toBe(7.5);
    expect(showValue('optional-decimal', 7.5)).toBe('7,5');
    expect(readCell('optional-decimal', 'bảy').ok).toBe(false);
    const weight = readCell('weights', 'ho-tich:hai');
    expect(weight).toEqual({
      ok: false,
      problem: { kind: 'unreadable-weight', pair: 'ho-tich:hai' },
    });
    if (weight.ok) return;
    expect(cellProblemText(weight.problem, 'vi')).toBe(
      'không đọc được "ho-tich:hai": viết mã dịch vụ, dấu hai chấm và số nguyên, ví dụ ho-tich:2',
    );
    expect(cellProblemText(weight.problem, 'en')).toBe(
      'cannot read "ho-tich:hai": write the service ID, a colon and a whole number, e.g. ho-tich:2',
    );
    expect(cellProblemText({ kind: 'not-decimal' }, 'en')).toBe('must be a number, e.g. 5 or 7,5');
  });
});
