import { describe, expect, it } from 'vitest';
import { citizenDossiersFailure, ticketFailure } from './kiosk-failures';
import { kioskTranslator, say } from './kiosk-text';

const vi = kioskTranslator('vi');
const en = kioskTranslator('en');
const serverText = 'Không có nhóm ưu tiên "nguoi-cao-tuoi" (no such priority category)';

describe('ticketFailure', () => {
  it('blames a withdrawn priority group, and drops it, when one was declared', () => {
    for (const code of ['not-found', 'forbidden'] as const) {
      const issues = [{ path: 'priorityCategoryId', message: serverText }];
      const failure = ticketFailure({ code, message: serverText, issues }, true);
      expect(failure.dropPriority).toBe(true);
      expect(say(vi, failure.text)).toBe(
        'Chưa lấy được số: diện ưu tiên bạn chọn không còn được áp dụng. Vui lòng chạm lại vào dịch vụ để lấy số thường, hoặc hỏi nhân viên hướng dẫn.',
      );
      expect(say(en, failure.text)).toContain('priority group you chose is no longer offered');
    }
  });

  it('keeps the general wording for a refusal about the service, a group being declared', () => {
    const goneService = 'Không có dịch vụ "ho-tich" (no such service)';
    const failure = ticketFailure({ code: 'not-found', message: goneService }, true);
    expect(failure.dropPriority).toBe(false);
    expect(say(vi, failure.text)).toBe(
      'Không lấy được số. Vui lòng thử lại hoặc hỏi nhân viên hướng dẫn.',
    );
  });

  it('keeps the general wording without a declared priority, and for other codes', () => {
    const noPriority = ticketFailure({ code: 'not-found', message: serverText }, false);
    expect(noPriority.dropPriority).toBe(false);
    expect(say(vi, noPriority.text)).toBe(
      'Không lấy được số. Vui lòng thử lại hoặc hỏi nhân viên hướng dẫn.',
    );
    const timedOut = ticketFailure({ code: 'unreachable', message: 'timeout' }, true);
    expect(timedOut.dropPriority).toBe(false);
    expect(say(vi, timedOut.text)).toBe(
      'Không lấy được số: Máy chủ không phản hồi. Vui lòng thử lại.',
    );
    // Refused as arriving late: nothing was issued, the citizen simply tries again.
    const late = ticketFailure({ code: 'request-expired', message: serverText }, false);
    expect(say(vi, late.text)).toBe('Không lấy được số: Máy chủ không phản hồi. Vui lòng thử lại.');
  });
});

describe('citizenDossiersFailure', () => {
  it('says the server did not answer, in the kiosk’s words, not "(timeout)"', () => {
    const failure = citizenDossiersFailure({ code: 'unreachable', message: 'timeout' });
    expect(say(vi, failure)).toBe(
      'Chưa tra cứu được hồ sơ theo thẻ căn cước: Máy chủ không phản hồi. Vui lòng thử lại. Bạn cũng có thể tra cứu bằng mã hồ sơ trên giấy hẹn.',
    );
    expect(say(en, failure)).not.toContain('timeout');
  });

  it('sends the citizen to staff on any refusal, without the server’s text', () => {
    const failure = citizenDossiersFailure({
      code: 'bad-request',
      message: 'fullName: Too big (chuỗi quá dài)',
    });
    expect(say(vi, failure)).toBe(
      'Chưa tra cứu được hồ sơ theo thẻ căn cước. Vui lòng hỏi nhân viên hướng dẫn, hoặc tra cứu bằng mã hồ sơ trên giấy hẹn.',
    );
    expect(say(en, failure)).toBe(
      'Your dossiers could not be found by ID card. Please ask a member of staff, or look one up with the code on your receipt.',
    );
  });
});
