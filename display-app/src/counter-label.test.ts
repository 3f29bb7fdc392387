import { describe, expect, it } from 'vitest';
import { counterLabel } from './counter-label';

describe('a counter’s label', () => {
  it('shows the number the call speaks, with the counter’s name under it', () => {
    expect(counterLabel({ name: 'Hộ tịch', number: 7 })).toEqual({
      number: 'Quầy 7',
      name: 'Hộ tịch',
    });
  });

  it('leaves out a name that already says the number', () => {
    expect(counterLabel({ name: 'Quầy 1', number: 1 }).name).toBeNull();
    expect(counterLabel({ name: 'Quầy số 07', number: 7 }).name).toBeNull();
    const long = 'Quầy tiếp nhận và trả kết quả hồ sơ đất đai, xây dựng số 3';
    expect(counterLabel({ name: long, number: 3 })).toEqual({ number: 'Quầy 3', name: null });
  });

  it('keeps a name whose number is another one, so a misnumbered counter shows', () => {
    expect(counterLabel({ name: 'Quầy 17', number: 7 })).toEqual({
      number: 'Quầy 7',
      name: 'Quầy 17',
    });
  });
});
