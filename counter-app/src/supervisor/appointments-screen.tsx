import { useContext, useEffect, useRef, useState } from 'react';
import {
  appointmentSchema,
  cancelledAppointmentSchema,
  formatBusinessDay,
  type Appointment,
  type EditableConfig,
} from '@openops/protocol';
import { LanguageContext, useText } from '../ui-language';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';
import {
  appointmentCountsText,
  appointmentStateWords,
  cancelledDone,
  cancelledText,
  closedDayWarning,
  inSlotOrder,
} from './appointment-list';
import { fromServer, inEachLanguage, type Bilingual } from '../bilingual';

type Props = { api: ApiCaller; config: EditableConfig | null; today: string };

/** How often the open list is read again, for check-ins at the kiosks meanwhile. */
const refreshMs = 15_000;

/** Where the focus goes once the row's buttons have changed under it. */
type FocusTarget = { id: string; on: 'confirm' | 'cancel' } | { id: null; on: 'status' };

/**
 * A day's appointments as the booking portal made them (today by default): when, who, for what,
 * and whether they have checked in. A booking still open can be cancelled, after a second
 * click: its code is then refused at the kiosk. A day the centre gives out no numbers is
 * flagged while citizens are still booked for it. In the chosen language; times in the centre's
 * time zone.
 */
export const AppointmentsScreen = ({ api, config, today }: Props) => {
  const language = useContext(LanguageContext);
  const tx = useText();
  const [day, setDay] = useState(today);
  const [appointments, setAppointments] = useState<Appointment[] | null>(null);
  const [loadError, setLoadError] = useState<Bilingual | null>(null);
  const [message, setMessage] = useState<Bilingual | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // The day on screen now: an answer for a day left meanwhile is dropped.
  const shownDay = useRef(day);

  const load = async (forDay: string): Promise<void> => {
    const reply = await callApi<unknown>(api, `/appointments?day=${encodeURIComponent(forDay)}`);
    if (forDay !== shownDay.current) return;
    if (!reply.ok) {
      setLoadError(fromServer(reply.error.message));
      return;
    }
    setLoadError(null);
    setAppointments(inSlotOrder(parseList(appointmentSchema, reply.data)));
  };

  useEffect(() => {
    shownDay.current = day;
    setAppointments(null);
    setLoadError(null);
    setConfirming(null);
    setMessage(null);
    void load(day);
    const timer = setInterval(() => void load(day), refreshMs);
    return () => clearInterval(timer);
    // The caller does not change while this screen is open; the day does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [day]);

  // Buttons replace one another in the row: the focus follows instead of falling to the page.
  useEffect(() => {
    if (!focus) return;
    const target =
      focus.on === 'status'
        ? status.current
        : document.getElementById(`${focus.on}-appointment-${focus.id}`);
    target?.focus();
    setFocus(null);
  }, [focus]);

  const cancel = async (appointment: Appointment): Promise<void> => {
    setBusy(true);
    const reply = await callApi<unknown>(
      api,
      `/appointments/${encodeURIComponent(appointment.id)}/cancel`,
      { method: 'POST' },
    );
    setBusy(false);
    setConfirming(null);
    const cancelled = reply.ok ? cancelledAppointmentSchema.safeParse(reply.data) : null;
    setMessage(
      !reply.ok
        ? fromServer(reply.error.message)
        : cancelled?.success
          ? inEachLanguage((chosen) => cancelledText(cancelled.data, chosen))
          : inEachLanguage((chosen) => cancelledDone(appointment, chosen)),
    );
    setFocus({ id: null, on: 'status' });
    await load(shownDay.current);
  };

  const timeZone = config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh';
  const clock = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const serviceName = (serviceId: string): string => {
    const service = config?.services.find((candidate) => candidate.id === serviceId);
    return service ? tx(service.name, service.nameEn) : serviceId;
  };
  const warning =
    config && appointments
      ? closedDayWarning(day, appointments, config.calendar, config.queuePolicy, language)
      : null;
  // Day/month/year in both languages, as en-GB writes them too.
  const title = tx(
    `Lịch hẹn ngày ${formatBusinessDay(day)}`,
    `Appointments on ${formatBusinessDay(day)}`,
  );

  return (
    <section aria-labelledby="appointments-title" className="appointments">
      <h2 id="appointments-title">{title}</h2>
      <label>
        {tx('Ngày', 'Date')}
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
      {loadError && <p role="alert">{loadError[language]}</p>}
      {/* Always in the page, so that what it says next is announced. */}
      <p role="status" ref={status} tabIndex={-1}>
        {message?.[language]}
      </p>
      {appointments === null ? (
        !loadError && <p>{tx('Đang tải…', 'Loading…')}</p>
      ) : (
        <>
          <p>{appointmentCountsText(appointments, language)}</p>
          {appointments.length > 0 && (
            <table aria-label={title}>
              <thead>
                <tr>
                  <th scope="col">{tx('Giờ hẹn', 'Time')}</th>
                  <th scope="col">{tx('Mã hẹn', 'Booking code')}</th>
                  <th scope="col">{tx('Công dân', 'Citizen')}</th>
                  <th scope="col">{tx('Điện thoại', 'Phone')}</th>
                  <th scope="col">{tx('Dịch vụ', 'Service')}</th>
                  <th scope="col">{tx('Trạng thái', 'Status')}</th>
                  <th scope="col">{tx('Thao tác', 'Actions')}</th>
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
                    <td>{appointmentStateWords[language][appointment.state]}</td>
                    <td>
                      {appointment.state === 'booked' &&
                        (confirming === appointment.id ? (
                          <>
                            <button
                              type="button"
                              id={`confirm-appointment-${appointment.id}`}
                              disabled={busy}
                              onClick={() => void cancel(appointment)}
                            >
                              {tx(
                                `Xác nhận huỷ ${appointment.code}`,
                                `Confirm cancelling ${appointment.code}`,
                              )}
                            </button>
                            <button
                              type="button"
                              onClick={() => {
                                setConfirming(null);
                                setFocus({ id: appointment.id, on: 'cancel' });
                              }}
                            >
                              {tx('Không huỷ', "Don't cancel")}
                            </button>
                          </>
                        ) : (
                          <button
                            type="button"
                            id={`cancel-appointment-${appointment.id}`}
                            onClick={() => {
                              setConfirming(appointment.id);
                              setFocus({ id: appointment.id, on: 'confirm' });
                            }}
                          >
                            {tx(
                              `Huỷ lịch hẹn ${appointment.code}`,
                              `Cancel appointment ${appointment.code}`,
                            )}
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
