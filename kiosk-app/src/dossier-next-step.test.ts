import { describe, expect, it } from 'vitest';
import { nextStepOf } from './dossier-next-step';
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
