import type { NextOpening } from './next-opening';
import { formatDay } from './format';
import type { MessageKey, Translate } from './messages';

type Props = {
  reason: 'daily-limit-reached' | 'service-closed';
  /** The server's own words, which name the service and its hours. */
  message: string;
  /** When the service next gives out numbers; null when unknown (no weekly hours). */
  opening: NextOpening | null;
  today: string;
  t: Translate;
  onHome: () => void;
};

const weekdayKey = (weekday: number): MessageKey =>
  (['weekday1', 'weekday2', 'weekday3', 'weekday4', 'weekday5', 'weekday6', 'weekday7'] as const)[
    weekday - 1
  ] ?? 'weekday1';

/** A ticket the centre cannot give now: why, and when to come back. */
export const RefusedScreen = ({ reason, message, opening, today, t, onHome }: Props) => (
  <section aria-labelledby="refused" className="panel">
    <h2 id="refused">{reason === 'daily-limit-reached' ? t('dailyLimit') : t('serviceClosed')}</h2>
    <p role="alert" className="error">
      {message}
    </p>
    {opening && (
      <p className="next-step">
        {t('nextOpening', {
          time: opening.from,
          day:
            opening.day === today
              ? t('today')
              : `${t(weekdayKey(opening.weekday))}, ${formatDay(opening.day)}`,
        })}
      </p>
    )}
    <p>{t('tryLater')}</p>
    <button type="button" className="primary" onClick={onHome}>
      {t('home')}
    </button>
  </section>
);
