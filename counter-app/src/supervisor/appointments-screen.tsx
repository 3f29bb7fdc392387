import { useEffect, useState } from 'react';
import {
  appointmentSchema,
  formatBusinessDay,
  type Appointment,
  type EditableConfig,
} from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';
import {
  appointmentCountsText,
  appointmentStateWords,
  closedDayWarning,
  inSlotOrder,
} from './appointment-list';

type Props = { api: ApiCaller; config: EditableConfig | null; today: string };

/** How often the open list is read again, for check-ins at the kiosks meanwhile. */
const refreshMs = 15_000;

/**
 * A day's appointments as the booking portal made them (today by default): when, who, for what,
 * and whether they have checked in. A booking still open can be cancelled, after a second
 * click: its code is then refused at the kiosk. A day the centre gives out no numbers is
 * flagged while citizens are still booked for it.
 */
export const AppointmentsScreen = ({ api, config, today }: Props) => {
  const [day, setDay] = useState(today);
  const [appointments, setAppointments] = useState<Appointment[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, `/appointments?day=${encodeURIComponent(day)}`);
    if (!reply.ok) {
      setMessage(reply.error.message);
      return;
    }
    setAppointments(inSlotOrder(parseList(appointmentSchema, reply.data)));
  };

  useEffect(() => {
    setAppointments(null);
    setConfirming(null);
    setMessage(null);
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
    // The caller does not change while this screen is open; the day does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [day]);

  const cancel = async (appointment: Appointment): Promise<void> => {
    const reply = await callApi<unknown>(
      api,
      `/appointments/${encodeURIComponent(appointment.id)}/cancel`,
      { method: 'POST' },
    );
    setConfirming(null);
    setMessage(
      reply.ok
        ? `Đã hủy lịch hẹn ${appointment.code} của ${appointment.citizenName}.`
        : reply.error.message,
    );
    await load();
  };

  const timeZone = config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh';
  const clock = new Intl.DateTimeFormat('vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const serviceName = (serviceId: string): string =>
    config?.services.find((service) => service.id === serviceId)?.name ?? serviceId;
  const warning =
    config && appointments
      ? closedDayWarning(day, appointments, config.calendar, config.queuePolicy)
      : null;

  return (
    <section aria-labelledby="appointments-title" className="appointments">
      <h2 id="appointments-title">Lịch hẹn ngày {formatBusinessDay(day)}</h2>
      <label>
        Ngày
        <input
          type="date"
          value={day}
          required
          onChange={(event) => {
            if (event.target.value) setDay(event.target.value);
          }}
        />
      </label>
      {warning && <p role="alert">{warning}</p>}
      {message && <p role="status">{message}</p>}
      {appointments === null ? (
        <p>Đang tải…</p>
      ) : (
        <>
          <p>{appointmentCountsText(appointments)}</p>
          {appointments.length > 0 && (
            <table aria-label={`Lịch hẹn ngày ${formatBusinessDay(day)}`}>
              <thead>
                <tr>
                  <th scope="col">Giờ hẹn</th>
                  <th scope="col">Mã hẹn</th>
                  <th scope="col">Công dân</th>
                  <th scope="col">Điện thoại</th>
                  <th scope="col">Dịch vụ</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Thao tác</th>
                </tr>
              </thead>
              <tbody>
                {appointments.map((appointment) => (
                  <tr key={appointment.id}>
                    <td>{clock.format(new Date(appointment.slotStart))}</td>
                    <td>{appointment.code}</td>
                    <th scope="row">{appointment.citizenName}</th>
                    <td>{appointment.phone ?? '—'}</td>
                    <td>{serviceName(appointment.serviceId)}</td>
                    <td>{appointmentStateWords[appointment.state]}</td>
                    <td>
                      {appointment.state === 'booked' &&
                        (confirming === appointment.id ? (
                          <>
                            <button type="button" onClick={() => void cancel(appointment)}>
                              Xác nhận hủy {appointment.code}
                            </button>
                            <button type="button" onClick={() => setConfirming(null)}>
                              Không hủy
                            </button>
                          </>
                        ) : (
                          <button type="button" onClick={() => setConfirming(appointment.id)}>
                            Hủy lịch hẹn {appointment.code}
                          </button>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
};
