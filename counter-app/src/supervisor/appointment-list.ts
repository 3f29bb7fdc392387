import type { Language } from '@openops/client';
import {
  closedDayOf,
  formatBusinessDay,
  type Appointment,
  type AppointmentState,
  type Calendar,
  type CancelledAppointment,
  type QueuePolicy,
} from '@openops/protocol';

export const appointmentStateWords: Record<Language, Record<AppointmentState, string>> = {
  vi: {
    booked: 'Đã đặt, chưa lấy số',
    'checked-in': 'Đã lấy số',
    cancelled: 'Đã huỷ',
  },
  en: {
    booked: 'Booked, not checked in',
    'checked-in': 'Checked in',
    cancelled: 'Cancelled',
  },
};

/** A day's appointments in slot order, then by citizen, as the list shows them. */
export const inSlotOrder = (appointments: readonly Appointment[]): Appointment[] =>
  [...appointments].sort(
    (a, b) => a.slotStart.localeCompare(b.slotStart) || a.citizenName.localeCompare(b.citizenName),
  );

/**
 * "3 lịch hẹn: 1 đã lấy số, 1 đã huỷ, 1 chưa lấy số" ("3 appointments: 1 checked in, 1
 * cancelled, 1 not checked in"), or that there is none.
 */
export const appointmentCountsText = (
  appointments: readonly Appointment[],
  language: Language,
): string => {
  const count = (state: AppointmentState): number =>
    appointments.filter((appointment) => appointment.state === state).length;
  const total = appointments.length;
  if (language === 'en') {
    if (total === 0) return 'No appointments on this day.';
    return `${total} ${total === 1 ? 'appointment' : 'appointments'}: ${count('checked-in')} checked in, ${count('cancelled')} cancelled, ${count('booked')} not checked in.`;
  }
  if (total === 0) return 'Không có lịch hẹn nào trong ngày này.';
  return `${total} lịch hẹn: ${count('checked-in')} đã lấy số, ${count('cancelled')} đã huỷ, ${count('booked')} chưa lấy số.`;
};

/** "Đã huỷ lịch hẹn ABCDEFGH của Trần Văn Bình.": what the cancellation itself did. */
export const cancelledDone = (
  cancelled: Pick<CancelledAppointment, 'code' | 'citizenName'>,
  language: Language,
): string =>
  language === 'en'
    ? `Appointment ${cancelled.code} for ${cancelled.citizenName} cancelled.`
    : `Đã huỷ lịch hẹn ${cancelled.code} của ${cancelled.citizenName}.`;

/**
 * What the supervisor reads once a booking is cancelled: whether the citizen was sent a text,
 * or must be told another way before coming in for nothing.
 */
export const cancelledText = (cancelled: CancelledAppointment, language: Language): string => {
  const done = cancelledDone(cancelled, language);
  if (language === 'en') {
    if (cancelled.citizenTexted)
      return `${done} A cancellation text was sent to ${cancelled.phone ?? ''}.`;
    return cancelled.phone
      ? `${done} Text messages are not enabled: please call the citizen on ${cancelled.phone}.`
      : `${done} The appointment has no phone number: please tell the citizen another way.`;
  }
  if (cancelled.citizenTexted)
    return `${done} Đã gửi tin nhắn báo huỷ tới số ${cancelled.phone ?? ''}.`;
  return cancelled.phone
    ? `${done} Tin nhắn chưa được bật: vui lòng gọi báo cho công dân theo số ${cancelled.phone}.`
    : `${done} Lịch hẹn không có số điện thoại: vui lòng báo cho công dân bằng cách khác.`;
};

/**
 * A warning for a day the centre gives out no numbers (a public holiday, a day off it closes),
 * while citizens still hold bookings for it: they would come and be turned away at the kiosk, so
 * the supervisor tells them and cancels. Null when the day is open or nobody is left booked.
 * Days are day/month/year in both languages, as en-GB writes them too.
 */
export const closedDayWarning = (
  day: string,
  appointments: readonly Appointment[],
  calendar: Calendar,
  policy: QueuePolicy | undefined,
  language: Language,
): string | null => {
  const closed = closedDayOf(day, calendar, policy);
  const booked = appointments.filter((appointment) => appointment.state === 'booked').length;
  if (!closed || booked === 0) return null;
  const date = formatBusinessDay(day);
  if (language === 'en') {
    const why =
      closed === 'holiday' ? `${date} is a public holiday` : `The centre is closed on ${date}`;
    const citizens = booked === 1 ? '1 booked citizen' : `${booked} booked citizens`;
    return `${why}: the kiosks issue no numbers, so ${citizens} will not get one. Tell them and cancel these appointments.`;
  }
  const why =
    closed === 'holiday' ? `Ngày ${date} là ngày nghỉ lễ` : `Ngày ${date} trung tâm không làm việc`;
  return `${why}: kiosk không cấp số, nên ${booked} công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.`;
};
