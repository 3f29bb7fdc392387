import { useEffect, useRef, useState } from 'react';
import type { Language } from '@openops/client';
import { parseDossierCode, type DossierLookup } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry, codeKeys } from './code-entry';
import { DossierResult } from './dossier-result';

type Props = {
  api: KioskApi;
  scannedCode: string | null;
  today: string;
  language: Language;
  t: Translate;
  onTakeReturnTicket: (() => void) | null;
  onHome: () => void;
};

type Outcome =
  | { kind: 'none' }
  | { kind: 'found'; lookup: DossierLookup }
  | { kind: 'problem'; message: string };

/** Dossier status by code, typed on the code keyboard or scanned from the receipt. */
export const LookupScreen = ({
  api,
  scannedCode,
  today,
  language,
  t,
  onTakeReturnTicket,
  onHome,
}: Props) => {
  const [code, setCode] = useState(scannedCode ?? '');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [busy, setBusy] = useState(false);

  const look = async (candidate: string): Promise<void> => {
    const trimmed = candidate.trim().toUpperCase();
    if (!parseDossierCode(trimmed)) {
      setOutcome({ kind: 'problem', message: t('dossierCodeFormat') });
      return;
    }
    setBusy(true);
    const reply = await api.lookupDossier(trimmed);
    setBusy(false);
    if (reply.ok) {
      setOutcome({ kind: 'found', lookup: reply.data });
    } else if (reply.error.code === 'not-found') {
      setOutcome({
        kind: 'problem',
        message: t('dossierNotFound', { code: trimmed }),
      });
    } else {
      setOutcome({
        kind: 'problem',
        message: t('lookupFailed', {
          message: reply.error.code === 'unreachable' ? t('timeout') : reply.error.message,
        }),
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
          {outcome.message}
        </p>
      )}
      <button type="button" className="secondary" onClick={onHome}>
        {t('back')}
      </button>
    </section>
  );
};
