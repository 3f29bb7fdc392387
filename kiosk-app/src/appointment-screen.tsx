import { useEffect, useRef, useState } from 'react';
import type { IssuedTicket } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry, codeKeys } from './code-entry';
import { isAppointmentCode } from './scan-route';

type Props = {
  api: KioskApi;
  /** A scanned booking code: checked in at once. */
  scannedCode: string | null;
  t: Translate;
  onIssued: (issued: IssuedTicket) => void;
  onHome: () => void;
};

/** Check-in by booking code: success is a ticket like any other; a refusal says what to do. */
export const AppointmentScreen = ({ api, scannedCode, t, onIssued, onHome }: Props) => {
  const [code, setCode] = useState(scannedCode ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const checkIn = async (candidate: string): Promise<void> => {
    const trimmed = candidate.trim();
    if (!isAppointmentCode(trimmed)) {
      setProblem(t('appointmentBadCode'));
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
    switch (reply.error.code) {
      case 'not-found':
        setProblem(t('appointmentNotFound'));
        return;
      case 'unreachable':
        setProblem(t('appointmentFailed', { message: t('timeout') }));
        return;
      default:
        // Outside the window the server says when to come, in its own words.
        setProblem(t('appointmentFailed', { message: reply.error.message }));
    }
  };

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
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="button" className="secondary" onClick={onHome}>
        {t('back')}
      </button>
    </section>
  );
};
