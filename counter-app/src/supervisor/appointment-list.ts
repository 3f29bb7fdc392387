import {
  closedDayOf,
  formatBusinessDay,
  type Appointment,
  type AppointmentState,
  type Calendar,
  type CancelledAppointment,
  type QueuePolicy,
} from '@openops/protocol';

export const appointmentStateWords: Record<AppointmentState, string> = {
  booked: 'Đã đặt, chưa lấy số',
  'checked-in': 'Đã lấy số',
  cancelled: 'Đã huỷ',
};

/** A day's appointments in slot order, then by citizen, as the list shows them. */
export const inSlotOrder = (appointments: readonly Appointment[]): Appointment[] =>
  [...appointments].sort(
    (a, b) => a.slotStart.localeCompare(b.slotStart) || a.citizenName.localeCompare(b.citizenName),
  );

/** "3 lịch hẹn: 1 đã lấy số, 1 đã huỷ, 1 chưa lấy số", or that there is none. */
export const appointmentCountsText = (appointments: readonly Appointment[]): string => {
  if (appointments.length === 0) return 'Không có lịch hẹn nào trong ngày này.';
  const count = (state: AppointmentState): number =>
    appointments.filter((appointment) => appointment.state === state).length;
  return `${appointments.length} lịch hẹn: ${count('checked-in')} đã lấy số, ${count('cancelled')} đã huỷ, ${count('booked')} chưa lấy số.`;
};

/**
 * What the supervisor reads once a booking is cancelled: whether the citizen was sent a text,
 * or must be told another way before coming in for nothing.
 */
export const cancelledText = (cancelled: CancelledAppointment): string => {
  const done = `Đã huỷ lịch hẹn ${cancelled.code} của ${cancelled.citizenName}.`;
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
 */
export const closedDayWarning = (
  day: string,
  appointments: readonly Appointment[],
  calendar: Calendar,
  policy: QueuePolicy | undefined,
): string | null => {
  const closed = closedDayOf(day, calendar, policy);
  const booked = appointments.filter((appointment) => appointment.state === 'booked').length;
  if (!closed || booked === 0) return null;
  const why =
    closed === 'holiday'
      ? `Ngày ${formatBusinessDay(day)} là ngày nghỉ lễ`
      : `Ngày ${formatBusinessDay(day)} trung tâm không làm việc`;
  return `${why}: kiosk không cấp số, nên ${booked} công dân đã đặt hẹn sẽ không lấy được số. Hãy báo cho họ và huỷ các lịch hẹn này.`;
};
