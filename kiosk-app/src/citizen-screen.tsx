import type { ClassifiedScan } from '@openops/protocol';
import { formatDay } from './format';
import type { Translate } from './messages';

/** A scanned citizen ID card, already masked by the classifier (last 4 digits only). */
export type CitizenCard = Extract<ClassifiedScan, { kind: 'citizen-id' }>;

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

type Props = { card: CitizenCard; t: Translate; onEnd: () => void };

/**
 * The citizen's masked identity and dossiers. The card lives only in this screen's state: it is
 * never stored, logged or sent, and "finish" (or the idle timeout) drops it.
 */
export const CitizenScreen = ({ card, t, onEnd }: Props) => (
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
    <p role="status">{t('citizenDossiersUnavailable')}</p>
    <button type="button" className="primary" onClick={onEnd}>
      {t('endSession')}
    </button>
  </section>
);
