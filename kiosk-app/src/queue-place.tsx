import type { Translate } from './messages';

type Props = {
  peopleAhead: number;
  /** Whole minutes; null when the server has no basis for an estimate yet. */
  estimatedWaitMinutes: number | null;
  t: Translate;
};

/**
 * People ahead and the estimated wait, worded one way wherever the kiosk shows a waiting
 * ticket (just issued, or scanned back later), so the citizen never reads two versions.
 */
export const QueuePlace = ({ peopleAhead, estimatedWaitMinutes, t }: Props) => (
  <>
    <p>{t('peopleAhead', { count: peopleAhead })}</p>
    <p>
      {estimatedWaitMinutes === null
        ? t('noEstimate')
        : estimatedWaitMinutes === 0
          ? t('waitNone')
          : t('estimatedWait', { minutes: estimatedWaitMinutes })}
    </p>
  </>
);
