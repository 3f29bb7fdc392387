import { describe, expect, it } from 'vitest';
import { checkInRefusal } from './appointment-refusal';
import { kioskTranslator, say } from './kiosk-text';

const vi = kioskTranslator('vi');
const en = kioskTranslator('en');
const zone = 'Asia/Ho_Chi_Minh';

// Slot at 10:00 on Friday 27 November 2026 in Hanoi; window 09:30 to 10:15.
const window = {
  kind: 'check-in-window' as const,
  serviceId: 'ho-tich',
  slotDay: '2026-11-27',
  opensAt: '2026-11-27T02:30:00.000Z',
  closesAt: '2026-11-27T03:15:00.000Z',
};
const outside = (timing: 'too-early' | 'too-late' | 'before-the-day' | 'after-the-day') =>
  checkInRefusal(
    {
      code: 'outside-check-in-window',
      message: 'Lịch hẹn chỉ lấy số được từ …',
      details: { ...window, timing },
    },
    zone,
  );

describe('appointment check-in refusals', () => {
  it('tells an early citizen when to come back, in one language, in local time', () => {
    const refusal = outside('too-early');
    expect(say(vi, refusal.text)).toBe(
      'Chưa đến giờ lấy số theo lịch hẹn. Vui lòng quay lại từ 09:30 đến 10:15 hôm nay.',
    );
    expect(say(en, refusal.text)).toBe(
      'It is too early to check in for your appointment. Please come back between 09:30 and 10:15 today.',
    );
    expect(refusal.ordinaryServiceId).toBeNull();
  });

  it('tells a late citizen to take an ordinary number for the booked service', () => {
    const refusal = outside('too-late');
    expect(say(vi, refusal.text)).toContain('Vui lòng lấy số thường');
    expect(say(vi, refusal.text)).toContain('đến 10:15');
    expect(say(en, refusal.text)).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
    expect(refusal.ordinaryServiceId).toBe('ho-tich');
  });

  it('names another day as dd/MM/yyyy', () => {
    expect(say(vi, outside('before-the-day').text)).toBe(
      'Lịch hẹn của bạn vào ngày 27/11/2026. Vui lòng quay lại ngày đó, từ 09:30 đến 10:15.',
    );
    const past = outside('after-the-day');
    expect(say(en, past.text)).toBe(
      'Your appointment was on 27/11/2026 and has passed. Please take an ordinary number or book a new appointment.',
    );
    expect(past.ordinaryServiceId).toBe('ho-tich');
  });

  it('words every other refusal itself, never with the server text', () => {
    const serverText = 'Lịch hẹn này đã được lấy số (already checked in)';
    for (const code of ['appointment-used', 'not-found', 'conflict', 'internal'] as const) {
      const said = say(en, checkInRefusal({ code, message: serverText }, zone).text);
      expect(said).not.toContain('Lịch hẹn');
    }
    expect(
      say(vi, checkInRefusal({ code: 'appointment-used', message: serverText }, zone).text),
    ).toBe(
      'Mã lịch hẹn này đã được dùng để lấy số. Nếu bạn bị mất phiếu, vui lòng hỏi nhân viên hướng dẫn.',
    );
    expect(
      say(en, checkInRefusal({ code: 'outside-check-in-window', message: serverText }, zone).text),
    ).toContain('It is not check-in time');
    // Refused as arriving late, like no answer: the booking is unused, try again.
    expect(
      say(vi, checkInRefusal({ code: 'request-expired', message: serverText }, zone).text),
    ).toBe(say(vi, checkInRefusal({ code: 'unreachable', message: 'timeout' }, zone).text));
  });
});
