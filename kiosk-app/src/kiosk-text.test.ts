import { describe, expect, it } from 'vitest';
import { kioskTranslator, pluralise, say, text } from './kiosk-text';

const vi = kioskTranslator('vi');
const en = kioskTranslator('en');

describe('kiosk text', () => {
  it('uses the English singular for one and the plural otherwise', () => {
    expect(en('copies', { count: 1 })).toBe('1 copy');
    expect(en('copies', { count: 2 })).toBe('2 copies');
    expect(en('late', { days: 1 })).toBe('1 day late');
    expect(en('estimatedWait', { minutes: 1 })).toBe('Estimated wait: about 1 minute');
    expect(en('daysAgo', { count: 1 })).toBe('1 day');
    expect(en('workingDays', { count: 1 })).toBe('1 working day');
    expect(en('workingDays', { count: 15 })).toBe('15 working days');
    expect(vi('copies', { count: 1 })).toBe('1 bản');
  });

  it('leaves a plural whose value is missing as it is', () => {
    expect(pluralise('{n|one|many}', {})).toBe('{n|one|many}');
  });

  it('says a kept message, and the message inside it, in the language asked', () => {
    const failed = text('failed', { message: text('timeout') });
    expect(say(vi, failed)).toBe('Không lấy được số: Máy chủ không phản hồi. Vui lòng thử lại.');
    expect(say(en, failed)).toBe(
      'Could not take a number: The server did not answer. Please try again.',
    );
  });
});
