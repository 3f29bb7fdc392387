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
import { nextStepOf } from './dossier-next-step';

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
  // Blank lines are no item: "bring these:" is never followed by an empty list.
  const supplementItems = lookup.supplementItems.filter((item) => item.trim() !== '');
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
      <p className="next-step">{t(nextStepOf(lookup.status, supplementItems.length > 0))}</p>
      {lookup.status === 5 && supplementItems.length > 0 && (
        <ul>
          {supplementItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {lookup.status === 9 && onTakeReturnTicket && (
        <button type="button" className="primary" onClick={onTakeReturnTicket}>
          {t('takeReturnTicket')}
        </button>
      )}
      <p className="freshness">{freshnessOf(lookup, t)}</p>
    </section>
  );
};
