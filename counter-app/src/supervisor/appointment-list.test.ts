import { describe, expect, it } from 'vitest';
import type { Appointment, Calendar } from '@openops/protocol';
import {
  appointmentCountsText,
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
    expect(appointmentCountsText(day)).toBe('3 lịch hẹn: 0 đã lấy số, 1 đã huỷ, 2 chưa lấy số.');
    expect(appointmentCountsText([])).toBe('Không có lịch hẹn nào trong ngày này.');
  });

  it('warn on a closed day while citizens are still booked', () => {
    expect(closedDayWarning('2026-09-02', day, calendar, {})).toBe(
      'Ngày 02/09/2026 là ngày nghỉ lễ: kiosk không cấp số, nên 2 công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.',
    );
    // A centre that takes tickets on holidays, or a day with nobody left booked: no warning.
    expect(closedDayWarning('2026-09-02', day, calendar, { issueOnHolidays: true })).toBeNull();
    const cancelled = day.map((entry) => ({ ...entry, state: 'cancelled' as const }));
    expect(closedDayWarning('2026-09-02', cancelled, calendar, {})).toBeNull();
    // A Saturday is closed only when the centre closes on days off.
    expect(closedDayWarning('2026-09-05', day, calendar, {})).toBeNull();
    expect(closedDayWarning('2026-09-05', day, calendar, { closedOnNonWorkingDays: true })).toBe(
      'Ngày 05/09/2026 trung tâm không làm việc: kiosk không cấp số, nên 2 công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.',
    );
  });
});

describe('the word after a cancellation', () => {
  const cancelled = { ...at('2026-09-02T03:00:00.000Z', 'Trần Văn Bình', 'cancelled') };
  it('says the citizen was texted, at which number', () => {
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: true })).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Đã gửi tin nhắn báo huỷ tới số 0912345678.',
    );
  });
  it('asks for a call when texts are off, and another way without a phone', () => {
    expect(cancelledText({ ...cancelled, phone: '0912345678', citizenTexted: false })).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Tin nhắn chưa được bật: vui lòng gọi báo cho công dân theo số 0912345678.',
    );
    expect(cancelledText({ ...cancelled, citizenTexted: false })).toBe(
      'Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình. Lịch hẹn không có số điện thoại: vui lòng báo cho công dân bằng cách khác.',
    );
  });
});
