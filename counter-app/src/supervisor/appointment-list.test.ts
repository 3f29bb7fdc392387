import { describe, expect, it } from 'vitest';
import type { Appointment, Calendar } from '@openops/protocol';
import {
  appointmentCountsText,
  appointmentStateWords,
  cancelledText,
  closedDayWarning,
  inSlotOrder,
} from './appointment-list';

const at = (slotStart: string, citizenName: string, state: Appointment['state']): Appointment => ({
  id: `${slotStart}-${citizenName}`,
  code: 'ABCDEFGH',
  serviceId: 'ho-tich',
  slotStart,
  citizenName,
  phone: null,
  externalRef: null,
  state,
  ticketId: null,
  createdAt: '2026-08-20T02:00:00.000Z',
});
const calendar: Calendar = {
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: ['2026-09-02'],
  extraWorkingDays: [],
};
const day = [
  at('2026-09-02T03:00:00.000Z', 'Trần Văn Bình', 'booked'),
  at('2026-09-02T01:30:00.000Z', 'Lê Thị Mai', 'cancelled'),
  at('2026-09-02T03:00:00.000Z', 'Nguyễn Thị Hoa', 'booked'),
];

describe("a day's appointments", () => {
  it('are listed by slot, then by name', () => {
    expect(inSlotOrder(day).map((entry) => entry.citizenName)).toEqual([
      'Lê Thị Mai',
      'Nguyễn Thị Hoa',
      'Trần Văn Bình',
    ]);
  });

  it('are counted by state', () => {
    expect(appointmentCountsText(day, 'vi')).toBe(
      '3 lịch hẹn: 0 đã lấy số, 1 đã huỷ, 2 chưa lấy số.',
    );
    expect(appointmentCountsText([], 'vi')).toBe('Không có lịch hẹn nào trong ngày này.');
  });

  it('are counted by state in English, one appointment in the singular', () => {
    expect(appointmentCountsText(day, 'en')).toBe(
      '3 appointments: 0 checked in, 1 cancelled, 2 not checked in.',
    );
    expect(appointmentCountsText(day.slice(0, 1), 'en')).toBe(
      '1 appointment: 0 checked in, 0 cancelled, 1 not checked in.',
    );
    expect(appointmentCountsText([], 'en')).toBe('No appointments on this day.');
  });

  it('name every state in both languages', () => {
    expect(appointmentStateWords.vi.booked).toBe('Đã đặt, chưa lấy số');
    expect(appointmentStateWords.en).toEqual({
      booked: 'Booked, not checked in',
      'checked-in': 'Checked in',
      cancelled: 'Cancelled',
    });
  });

  it('warn on a closed day while citizens are still booked', () => {
    expect(closedDayWarning('2026-09-02', day, calendar, {}, 'vi')).toBe(
      'Ngày 02/09/2026 là ngày nghỉ lễ: kiosk không cấp số, nên 2 công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.',
    );
    // A centre that takes tickets on holidays, or a day with nobody left booked: no warning.
    expect(
      closedDayWarning('2026-09-02', day, calendar, { issueOnHolidays: true }, 'vi'),
    ).toBeNull();
    const cancelled = day.map((entry) => ({ ...entry, state: 'cancelled' as const }));
    expect(closedDayWarning('2026-09-02', cancelled, calendar, {}, 'vi')).toBeNull();
    // A Saturday is closed only when the centre closes on days off.
    expect(closedDayWarning('2026-09-05', day, calendar, {}, 'vi')).toBeNull();
    expect(
      closedDayWarning('2026-09-05', day, calendar, { closedOnNonWorkingDays: true }, 'vi'),
    ).toBe(
      'Ngày 05/09/2026 trung tâm không làm việc: kiosk không cấp số, nên 2 công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.',
    );
  });

  it('warn in English on a closed day, one booked citizen in the singular', () => {
    expect(closedDayWarning('2026-09-02', day, calendar, {}, 'en')).toBe(
      '02/09/2026 is a public holiday: the kiosks issue no numbers, so 2 booked citizens will not get one. Tell them and cancel these appointments.',
    );
    expect(
      closedDayWarning(
        '2026-09-05',
        day.slice(0, 1),
        calendar,
        { closedOnNonWorkingDays: true },
        'en',
      ),
    ).toBe(
      'The centre is closed on 05/09/2026: the kiosks issue no numbers, so 1 booked citizen will not get one. Tell them and cancel these appointments.',
    );
    expect(closedDayWarning('2026-09-05', day, calendar, {}, 'en')).toBeNull();
  });
});

describe('the word after a cancellation', () => {
  const cancelled = { ...at('2026-09-02T03:00:00.000Z', 'Trần Văn Bình', 'cancelled') };
  it('says the citizen was texted, at which number', () => {
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: true }, 'vi')).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Đã gửi tin nhắn báo huỷ tới số 0912345678.',
    );
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: true }, 'en')).toBe(
      'Appointment ABCDEFGH for Trần Văn Bình cancelled. A cancellation text was sent to 0912345678.',
    );
  });
  it('asks for a call when texts are off, and another way without a phone', () => {
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: false }, 'vi')).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Tin nhắn chưa được bật: vui lòng gọi báo cho công dân theo số 0912345678.',
    );
    expect(cancelledText({ ...cancelled, citizenTexted: false }, 'vi')).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Lịch hẹn không có số điện thoại: vui lòng báo cho công dân bằng cách khác.',
    );
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: false }, 'en')).toBe(
      'Appointment ABCDEFGH for Trần Văn Bình cancelled. Text messages are not enabled: please call the citizen on 0912345678.',
    );
    expect(cancelledText({ ...cancelled, citizenTexted: false }, 'en')).toBe(
      'Appointment ABCDEFGH for Trần Văn Bình cancelled. The appointment has no phone number: please tell the citizen another way.',
    );
  });
});
