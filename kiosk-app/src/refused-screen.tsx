import type { IssuingClosedDetails, IssuingOpening } from '@openops/protocol';
import { formatDay } from './format';
import type { MessageKey, Translate } from './messages';

type Props = {
  reason: 'daily-limit-reached' | 'service-closed';
  /** Why the service is closed, when the server said (a holiday, a day off, its hours). */
  closure?: IssuingClosedDetails['closure'] | undefined;
  /** The refused service's name in the language on screen. */
  serviceName: string;
  /** The service's opening spans today (`07:30–11:30`); empty when unknown or none. */
  hoursToday: readonly string[];
  /** When the service next gives out numbers, by the server; null for a service without hours. */
  opening: IssuingOpening | null;
  today: string;
  t: Translate;
  onHome: () => void;
};

const weekdayKey = (weekday: number): MessageKey =>
  (['weekday1', 'weekday2', 'weekday3', 'weekday4', 'weekday5', 'weekday6', 'weekday7'] as const)[
    weekday - 1
  ] ?? 'weekday1';

/**
 * A ticket the centre cannot give now: why, and when to come back, in the kiosk's own words
 * per refusal code (the server's text mixes both languages and repeats the advice). "Not
 * giving out numbers now" rather than "not open yet": it may have been open this morning.
 */
export const RefusedScreen = ({
  reason,
  closure,
  serviceName,
  hoursToday,
  opening,
  today,
  t,
  onHome,
}: Props) => (
  <section aria-labelledby="refused" className="panel">
    <h2 id="refused">{t('refusedTitle')}</h2>
    <p role="alert" className="error">
      {reason === 'daily-limit-reached'
        ? t('dailyLimit', { service: serviceName })
        : closure === 'holiday'
          ? t('holidayClosed')
          : closure === 'non-working-day'
            ? t('dayOffClosed')
            : t('serviceClosed', { service: serviceName })}
    </p>
    {/* Today's hours only when they are what keeps the service closed: not on a holiday. */}
    {reason === 'service-closed' &&
      (closure ?? 'outside-hours') === 'outside-hours' &&
      hoursToday.length > 0 && <p>{t('openingHoursToday', { spans: hoursToday.join(', ') })}</p>}
    {opening && (
      <p className="next-step">
        {opening.from === null
          ? t('nextOpenDay', {
              day: `${t(weekdayKey(opening.weekday))}, ${formatDay(opening.day)}`,
            })
          : t('nextOpening', {
              time: opening.from,
              day:
                opening.day === today
                  ? t('today')
                  : `${t(weekdayKey(opening.weekday))}, ${formatDay(opening.day)}`,
            })}
      </p>
    )}
    <p>{reason === 'daily-limit-reached' ? t('dailyLimitAdvice') : t('closedAdvice')}</p>
    <button type="button" className="primary" onClick={onHome}>
      {t('home')}
    </button>
  </section>
);
