import { describe, expect, it } from 'vitest';
import {
  vietnameseDigitsWords,
  vietnameseNumberWords,
  vietnameseTicketWords,
} from './vietnamese-words';

const read = (value: number): string => vietnameseNumberWords(value).join(' ');

describe('vietnameseNumberWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [250, 'hai trăm năm mươi'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1100, 'một nghìn một trăm'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [5555, 'năm nghìn năm trăm năm mươi lăm'],
    [9999, 'chín nghìn chín trăm chín mươi chín'],
  ])('reads %i as "%s"', (value, words) => {
    expect(read(value)).toBe(words);
  });

  it('refuses numbers it cannot read naturally', () => {
    expect(() => vietnameseNumberWords(10000)).toThrow(RangeError);
    expect(() => vietnameseNumberWords(-1)).toThrow(RangeError);
    expect(() => vietnameseNumberWords(1.5)).toThrow(RangeError);
  });
});

describe('vietnameseTicketWords', () => {
  it('spells the prefix and reads the digits as a number without leading zeros', () => {
    expect(vietnameseTicketWords('A025').join(' ')).toBe('a hai mươi lăm');
    expect(vietnameseTicketWords('B001').join(' ')).toBe('bê một');
    expect(vietnameseTicketWords('C105').join(' ')).toBe('xê một trăm linh năm');
    expect(vietnameseTicketWords('D1005').join(' ')).toBe('đê một nghìn không trăm linh năm');
    expect(vietnameseTicketWords('LQ015').join(' ')).toBe('e-lờ quy mười lăm');
  });

  it('reads digit by digit beyond 9999', () => {
    expect(vietnameseDigitsWords('12345').join(' ')).toBe('một hai ba bốn năm');
  });

  it('refuses text that is not a ticket number', () => {
    expect(() => vietnameseTicketWords('a-12')).toThrow(RangeError);
  });
});
