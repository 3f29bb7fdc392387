import type { Language } from '@openops/client';
import type { IssuedTicket } from '@openops/protocol';
import type { kioskMessages } from './messages';

type MessageKey = keyof (typeof kioskMessages)['vi'];

type Props = {
  issued: IssuedTicket;
  language: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  onDone: () => void;
};

export const TicketCard = ({ issued, language, t, onDone }: Props) => (
  <section className="ticket" aria-labelledby="your-number">
    <h2 id="your-number">{t('yourNumber')}</h2>
    <p className="ticket-number">{issued.ticket.number}</p>
    <p className="ticket-service">
      {language === 'vi' ? issued.serviceName : issued.serviceNameEn}
    </p>
    <p>{t('peopleAhead', { count: issued.peopleAhead })}</p>
    <p>
      {issued.estimatedWaitMinutes === null
        ? t('noEstimate')
        : t('estimatedWait', { minutes: issued.estimatedWaitMinutes })}
    </p>
    <button type="button" className="done" onClick={onDone}>
      {t('done')}
    </button>
  </section>
);
