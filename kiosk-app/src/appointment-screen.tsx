import { useEffect, useRef, useState } from 'react';
import type { Language } from '@openops/client';
import type { IssuedTicket, Service } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { checkInRefusal, type CheckInRefusal } from './appointment-refusal';
import { say, text } from './kiosk-text';
import { CodeEntry, codeKeys } from './code-entry';
import { isAppointmentCode } from './scan-route';

type Props = {
  api: KioskApi;
  /** A scanned booking code: checked in at once. */
  scannedCode: string | null;
  /** Counts scans the kiosk could not read while this screen is open; each one is said here. */
  unreadScans: number;
  services: readonly Service[];
  /** The centre's time zone, for the check-in window's times. */
  timeZone: string;
  language: Language;
  t: Translate;
  onIssued: (issued: IssuedTicket) => void;
  /** Takes an ordinary number for a service, as any citizen would from home. */
  onTakeOrdinary: (serviceId: string) => void;
  onHome: () => void;
};

/** Check-in by booking code: success is a ticket like any other; a refusal says what to do. */
export const AppointmentScreen = ({
  api,
  scannedCode,
  unreadScans,
  services,
  timeZone,
  language,
  t,
  onIssued,
  onTakeOrdinary,
  onHome,
}: Props) => {
  const [code, setCode] = useState(scannedCode ?? '');
  // Kept as a message key and values, so it follows a language change made after it.
  const [problem, setProblem] = useState<CheckInRefusal | null>(null);
  const [busy, setBusy] = useState(false);

  // An unreadable scan replaces whatever this screen said: one current message, here.
  useEffect(() => {
    if (unreadScans > 0) setProblem({ text: text('unknownScan'), ordinaryServiceId: null });
  }, [unreadScans]);

  const checkIn = async (candidate: string): Promise<void> => {
    const trimmed = candidate.trim();
    if (!isAppointmentCode(trimmed)) {
      setProblem({ text: text('appointmentBadCode'), ordinaryServiceId: null });
      return;
    }
    setBusy(true);
    setProblem(null);
    const reply = await api.checkInAppointment(trimmed.toUpperCase());
    setBusy(false);
    if (reply.ok) {
      onIssued(reply.data);
      return;
    }
    setProblem(checkInRefusal(reply.error, timeZone));
  };

  const ordinary = services.find((service) => service.id === problem?.ordinaryServiceId);

  // The answer sits below the keyboard: bring it, and the ordinary-number button, into view.
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) answer.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);

  // A scan checks in straight away; the ref keeps StrictMode's double effect from sending twice.
  const sentScan = useRef(false);
  useEffect(() => {
    if (scannedCode && !sentScan.current) {
      sentScan.current = true;
      void checkIn(scannedCode);
    }
    // Only the scanned code starts this; later typing goes through the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scannedCode]);

  return (
    <section aria-labelledby="appointment" className="panel">
      <h2 id="appointment">{t('appointmentTitle')}</h2>
      <CodeEntry
        id="appointment-code"
        label={t('appointmentCode')}
        hint={t('appointmentHint')}
        value={code}
        onChange={setCode}
        submitLabel={t('checkIn')}
        onSubmit={() => void checkIn(code)}
        keys={codeKeys.appointment}
        allowed={/[0-9A-Z-]/}
        maxLength={15}
        t={t}
      />
      {busy && <p role="status">{t('connecting')}</p>}
      <div ref={answer}>
        {problem && (
          <p role="alert" className="error">
            {say(t, problem.text)}
          </p>
        )}
        {ordinary && (
          <button type="button" className="primary" onClick={() => onTakeOrdinary(ordinary.id)}>
            {t('takeOrdinary', { service: language === 'vi' ? ordinary.name : ordinary.nameEn })}
          </button>
        )}
      </div>
      <button type="button" className="secondary" onClick={onHome}>
        {t('back')}
      </button>
    </section>
  );
};
