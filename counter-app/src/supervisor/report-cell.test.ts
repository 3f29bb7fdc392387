import { describe, expect, it } from 'vitest';
import { screenCell } from './report-cell';

describe('screenCell', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(screenCell(1234, 'vi')).toBe('1.234');
    expect(screenCell(53.2, 'vi')).toBe('53,2');
    expect(screenCell(0, 'vi')).toBe('0');
  });

  it('writes numbers the English way', () => {
    expect(screenCell(1000, 'en')).toBe('1,000');
    expect(screenCell(53.2, 'en')).toBe('53.2');
    expect(screenCell(0, 'en')).toBe('0');
  });

  it('keeps the one decimal promised for minutes and percentages, even when it is zero', () => {
    expect(screenCell({ value: 12.5, decimals: 1 }, 'vi')).toBe('12,5');
    expect(screenCell({ value: 12, decimals: 1 }, 'vi')).toBe('12,0');
    expect(screenCell({ value: 100, decimals: 1 }, 'vi')).toBe('100,0');
    expect(screenCell({ value: 1234.5, decimals: 1 }, 'vi')).toBe('1.234,5');
    expect(screenCell({ value: 0, decimals: 1 }, 'vi')).toBe('0,0');
    expect(screenCell({ value: 12, decimals: 1 }, 'en')).toBe('12.0');
    expect(screenCell({ value: 1234.5, decimals: 1 }, 'en')).toBe('1,234.5');
  });

  it('writes days as dd/mm/yyyy in both languages and leaves other text alone', () => {
    expect(screenCell('2026-11-01', 'vi')).toBe('01/11/2026');
    expect(screenCell('2026-11-01', 'en')).toBe('01/11/2026');
    expect(screenCell('05:00', 'en')).toBe('05:00');
    expect(screenCell('Toàn trung tâm', 'vi')).toBe('Toàn trung tâm');
    expect(screenCell(null, 'vi')).toBe('—');
    expect(screenCell(null, 'en')).toBe('—');
  });
});
