import { describe, expect, it } from 'vitest';
import { nextStepFor, nextStepOf } from './dossier-next-step';
import { kioskTranslator } from './kiosk-text';

const vi = kioskTranslator('vi');

describe('nextStepOf', () => {
  it('asks the citizen to bring the listed documents when the centre has the list', () => {
    expect(vi(nextStepOf(5, true))).toBe('Cần bổ sung giấy tờ. Vui lòng mang đến quầy tiếp nhận:');
  });

  it('sends the citizen to reception without a colon when there is no list', () => {
    const step = vi(nextStepOf(5, false));
    expect(step).toBe(
      'Cần bổ sung giấy tờ. Vui lòng hỏi quầy tiếp nhận để biết cần bổ sung những gì.',
    );
    expect(step).not.toMatch(/:$/);
  });

  it('ignores the list for other statuses', () => {
    expect(nextStepOf(4, false)).toBe('nextWait');
    expect(nextStepOf(9, false)).toBe('nextReady');
  });
});

describe('nextStepFor', () => {
  it('lists what to bring for a supplement request, without blank lines', () => {
    expect(nextStepFor(5, ['Bản sao giấy khai sinh', '  ', 'Ảnh 4x6'])).toEqual({
      message: 'nextSupplement',
      bring: ['Bản sao giấy khai sinh', 'Ảnh 4x6'],
      offersReturnTicket: false,
    });
    expect(nextStepFor(5, [' '])).toEqual({
      message: 'nextSupplementAsk',
      bring: [],
      offersReturnTicket: false,
    });
  });

  it('offers a "Trả kết quả" number for a processed dossier only', () => {
    expect(nextStepFor(9, [])).toEqual({
      message: 'nextReady',
      bring: [],
      offersReturnTicket: true,
    });
    for (const status of [1, 2, 4, 6, 10] as const) {
      expect(nextStepFor(status, ['left from an earlier request']).offersReturnTicket).toBe(false);
      expect(nextStepFor(status, ['left from an earlier request']).bring).toEqual([]);
    }
  });
});
