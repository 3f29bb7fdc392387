import type { Language } from '@openops/client';
import {
  assertNever,
  parseDossierCode,
  returnDateRuns,
  type DossierLookup,
} from '@openops/protocol';
import { ageOf, formatDay, timelinessOf, type Age } from './format';
import type { MessageKey, Translate } from './messages';
import { ConfiguredName } from './configured-name';
import { DossierNextStep } from './next-step';

type Props = {
  lookup: DossierLookup;
  /** Today in the centre's time zone, `YYYY-MM-DD`. */
  today: string;
  language: Language;
  t: Translate;
  /** Takes a "return results" ticket; absent when the centre has no such service. */
  onTakeReturnTicket: (() => void) | null;
};

const ageKey = (unit: Age['unit']): MessageKey => {
  switch (unit) {
    case 'under-a-minute':
      return 'underAMinute';
    case 'minutes':
      return 'minutesAgo';
    case 'hours':
      return 'hoursAgo';
    case 'days':
      return 'daysAgo';
    default:
      return assertNever(unit);
  }
};

const freshnessOf = (lookup: DossierLookup, t: Translate): string => {
  if (lookup.source === 'backend') return t('freshLive');
  if (lookup.ageSeconds === null) return t('freshLocalNever');
  const age = ageOf(lookup.ageSeconds);
  return t('freshLocal', { age: t(ageKey(age.unit), { count: age.count }) });
};

export const DossierResult = ({ lookup, today, language, t, onTakeReturnTicket }: Props) => {
  const receivedDate = parseDossierCode(lookup.code)?.receivedDate ?? null;
  const timeliness =
    lookup.returnDate && returnDateRuns(lookup.status)
      ? timelinessOf(lookup.returnDate, today)
      : null;
  return (
    <section aria-labelledby="dossier-result" className="result">
      <h3 id="dossier-result">
        {t('dossierResult')}: {lookup.code}
      </h3>
      <dl>
        {lookup.procedureName && (
          <>
            <dt>{t('procedure')}</dt>
            <dd>
              <ConfiguredName
                language={language}
                vi={lookup.procedureName}
                en={lookup.procedureNameEn}
              />
            </dd>
          </>
        )}
        <dt>{t('status')}</dt>
        <dd className="status">{language === 'vi' ? lookup.statusName : lookup.statusNameEn}</dd>
        {receivedDate && (
          <>
            <dt>{t('receivedOn')}</dt>
            <dd>{formatDay(receivedDate)}</dd>
          </>
        )}
        {lookup.returnDate && (
          <>
            <dt>{t('returnOn')}</dt>
            <dd>
              {formatDay(lookup.returnDate)}
              {timeliness && (
                <span className={timeliness.kind === 'late' ? 'late' : 'on-time'}>
                  {' — '}
                  {timeliness.kind === 'late'
                    ? t('late', { days: timeliness.days })
                    : timeliness.kind === 'due-today'
                      ? t('dueToday')
                      : t('onTime')}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      <DossierNextStep
        status={lookup.status}
        supplementItems={lookup.supplementItems}
        t={t}
        onTakeReturnTicket={onTakeReturnTicket}
      />
      <p className="freshness">{freshnessOf(lookup, t)}</p>
    </section>
  );
};
