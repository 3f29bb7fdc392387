import { useEffect, useState, type ReactNode } from 'react';
import type { Language } from '@openops/client';
import { parseDossierCode, returnDateRuns, type CitizenDossier } from '@openops/protocol';
import { formatDay, timelinessOf } from './format';
import type { KioskReply } from './kiosk-api';
import type { Translate } from './messages';
import { ConfiguredName } from './configured-name';
import { citizenDossiersFailure } from './kiosk-failures';
import { say } from './kiosk-text';
import {
  citizenDossiersBodyOf,
  type CitizenCard,
  type FindCitizenDossiers,
} from './citizen-dossiers-request';
import { DossierNextStep } from './next-step';

type NoticeProps = { t: Translate; onAgree: () => void; onDecline: () => void };

/** Personal data notice (Law on Personal Data Protection): nothing is shown before consent. */
export const CitizenNotice = ({ t, onAgree, onDecline }: NoticeProps) => (
  <section aria-labelledby="citizen-notice" className="panel">
    <h2 id="citizen-notice">{t('citizenNoticeTitle')}</h2>
    <p className="notice">{t('citizenNotice')}</p>
    <div className="actions">
      <button type="button" className="primary" onClick={onAgree}>
        {t('agree')}
      </button>
      <button type="button" className="secondary" onClick={onDecline}>
        {t('decline')}
      </button>
    </div>
  </section>
);

type DossierProps = {
  dossier: CitizenDossier;
  today: string;
  language: Language;
  t: Translate;
  onTakeReturnTicket: (() => void) | null;
};

/** On time or days late, while the agency holds the dossier; null once it no longer does. */
const timelinessText = (dossier: CitizenDossier, today: string, t: Translate): string | null => {
  if (!returnDateRuns(dossier.status)) return null;
  const timeliness = timelinessOf(dossier.returnDate, today);
  if (timeliness.kind === 'late') return t('late', { days: timeliness.days });
  return timeliness.kind === 'due-today' ? t('dueToday') : t('onTime');
};

const CitizenDossierItem = ({ dossier, today, language, t, onTakeReturnTicket }: DossierProps) => {
  const receivedDate = parseDossierCode(dossier.code)?.receivedDate ?? null;
  const timeliness = timelinessText(dossier, today, t);
  return (
    <li aria-label={`${t('dossierCode')} ${dossier.code}`}>
      <dl>
        <dt>{t('dossierCode')}</dt>
        <dd>{dossier.code}</dd>
        <dt>{t('procedure')}</dt>
        <dd>
          <ConfiguredName
            language={language}
            vi={dossier.procedureName}
            en={dossier.procedureNameEn}
          />
        </dd>
        <dt>{t('status')}</dt>
        <dd className="status">{language === 'vi' ? dossier.statusName : dossier.statusNameEn}</dd>
        {receivedDate && (
          <>
            <dt>{t('receivedOn')}</dt>
            <dd>{formatDay(receivedDate)}</dd>
          </>
        )}
        <dt>{t('returnOn')}</dt>
        <dd>
          {formatDay(dossier.returnDate)}
          {timeliness && (
            <span className={dossier.late ? 'late' : 'on-time'}>
              {' — '}
              {timeliness}
            </span>
          )}
        </dd>
      </dl>
      <DossierNextStep
        status={dossier.status}
        supplementItems={dossier.supplementItems}
        t={t}
        onTakeReturnTicket={onTakeReturnTicket}
      />
    </li>
  );
};

type Props = {
  card: CitizenCard;
  findDossiers: FindCitizenDossiers;
  /** Today in the centre's time zone, `YYYY-MM-DD`. */
  today: string;
  language: Language;
  t: Translate;
  /** Takes a "return results" ticket (which ends this screen); absent when the centre has none. */
  onTakeReturnTicket: (() => void) | null;
  onEnd: () => void;
};

// A card scan without its number cannot find dossiers: said as any other refusal would be.
const noNumber: KioskReply<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'no ID number in the scan' },
};

/**
 * The citizen's masked identity and dossiers, each with its next step as the code lookup gives
 * it. The card lives only in this screen's state: only its ID numbers are sent (the dossiers
 * match on the whole number), nothing is stored or logged, and "finish" (or the idle timeout,
 * or taking a number) drops it with the list.
 */
export const CitizenScreen = ({
  card,
  findDossiers,
  today,
  language,
  t,
  onTakeReturnTicket,
  onEnd,
}: Props) => {
  const [dossiers, setDossiers] = useState<KioskReply<CitizenDossier[]> | null>(null);
  useEffect(() => {
    let current = true;
    const body = citizenDossiersBodyOf(card);
    void (body ? findDossiers(body) : Promise.resolve(noNumber)).then((reply) => {
      if (current) setDossiers(reply);
    });
    return () => {
      current = false;
    };
  }, [findDossiers, card]);

  const list = (): ReactNode => {
    if (dossiers === null) return <p role="status">{t('citizenDossiersLoading')}</p>;
    // Worded from the code: the server's message mixes both languages and is for the logs.
    if (!dossiers.ok) return <p role="alert">{say(t, citizenDossiersFailure(dossiers.error))}</p>;
    if (dossiers.data.length === 0) return <p role="status">{t('noDossiers')}</p>;
    return (
      <ul className="citizen-dossiers" aria-label={t('citizenTitle')}>
        {dossiers.data.map((dossier) => (
          <CitizenDossierItem
            key={dossier.code}
            dossier={dossier}
            today={today}
            language={language}
            t={t}
            onTakeReturnTicket={onTakeReturnTicket}
          />
        ))}
      </ul>
    );
  };

  return (
    <section aria-labelledby="citizen" className="panel">
      <h2 id="citizen">{t('citizenTitle')}</h2>
      <dl>
        <dt>{t('fullName')}</dt>
        <dd>{card.fullName}</dd>
        <dt>{t('citizenId')}</dt>
        <dd>{card.idMasked}</dd>
        <dt>{t('birthDate')}</dt>
        <dd>{formatDay(card.birthDate)}</dd>
      </dl>
      {list()}
      <button type="button" className="primary" onClick={onEnd}>
        {t('endSession')}
      </button>
    </section>
  );
};
