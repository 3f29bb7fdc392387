import { useEffect, useRef, useState } from 'react';
import type { Language } from '@openops/client';
import { parseDossierCode, type DossierLookup } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry, codeKeys } from './code-entry';
import { DossierResult } from './dossier-result';
import { say, text, type Text } from './kiosk-text';

type Props = {
  api: KioskApi;
  scannedCode: string | null;
  /** Counts scans the kiosk could not read while this screen is open; each one is said here. */
  unreadScans: number;
  today: string;
  language: Language;
  t: Translate;
  onTakeReturnTicket: (() => void) | null;
  onHome: () => void;
};

type Outcome =
  | { kind: 'none' }
  | { kind: 'found'; lookup: DossierLookup }
  // Kept as a message key and values, so it follows a language change made after it.
  | { kind: 'problem'; text: Text };

/** Dossier status by code, typed on the code keyboard or scanned from the receipt. */
export const LookupScreen = ({
  api,
  scannedCode,
  unreadScans,
  today,
  language,
  t,
  onTakeReturnTicket,
  onHome,
}: Props) => {
  const [code, setCode] = useState(scannedCode ?? '');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

  // An unreadable scan replaces the last answer ("not found"…): one current message, here.
  useEffect(() => {
    if (unreadScans > 0) setOutcome({ kind: 'problem', text: text('unknownScan') });
  }, [unreadScans]);

  const look = async (candidate: string): Promise<void> => {
    const trimmed = candidate.trim().toUpperCase();
    if (!parseDossierCode(trimmed)) {
      setOutcome({ kind: 'problem', text: text('dossierCodeFormat') });
      return;
    }
    setBusy(true);
    const reply = await api.lookupDossier(trimmed);
    setBusy(false);
    if (reply.ok) {
      setOutcome({ kind: 'found', lookup: reply.data });
    } else if (reply.error.code === 'not-found') {
      setOutcome({ kind: 'problem', text: text('dossierNotFound', { code: trimmed }) });
    } else {
      setOutcome({
        kind: 'problem',
        text:
          reply.error.code === 'unreachable'
            ? text('lookupFailed', { message: text('timeout') })
            : text('lookupFailedAsk'),
      });
    }
  };

  const sentScan = useRef(false);
  useEffect(() => {
    if (scannedCode && !sentScan.current) {
      sentScan.current = true;
      void look(scannedCode);
    }
    // Only a scanned code starts a lookup by itself; typing goes through the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scannedCode]);

  // A found dossier takes the whole panel, so the answer is on screen without scrolling.
  if (outcome.kind === 'found') {
    return (
      <section aria-labelledby="lookup" className="panel">
        <h2 id="lookup">{t('lookupTitle')}</h2>
        <DossierResult
          lookup={outcome.lookup}
          today={today}
          language={language}
          t={t}
          onTakeReturnTicket={onTakeReturnTicket}
        />
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setCode('');
            setOutcome({ kind: 'none' });
          }}
        >
          {t('lookUpAnother')}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="lookup" className="panel">
      <h2 id="lookup">{t('lookupTitle')}</h2>
      <CodeEntry
        id="dossier-code"
        label={t('dossierCode')}
        hint={t('lookupHint')}
        value={code}
        onChange={(next) => {
          setCode(next);
          setOutcome({ kind: 'none' });
        }}
        submitLabel={t('search')}
        onSubmit={() => void look(code)}
        keys={codeKeys.dossier}
        allowed={/[0-9A-Z.-]/}
        maxLength={60}
        t={t}
      />
      {busy && <p role="status">{t('connecting')}</p>}
      {outcome.kind === 'problem' && (
        <p role="alert" className="error">
          {say(t, outcome.text)}
        </p>
      )}
      <button type="button" className="secondary" onClick={onHome}>
        {t('back')}
      </button>
    </section>
  );
};
