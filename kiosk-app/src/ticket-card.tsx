import type { Language } from '@openops/client';
import type { IssuedTicket, PrinterStatusEvent, PriorityCategory } from '@openops/protocol';
import type { Translate } from './messages';
import type { KioskApi } from './kiosk-api';
import { SmsOptIn } from './sms-opt-in';
import { QueuePlace } from './queue-place';

type Props = {
  api: KioskApi;
  issued: IssuedTicket;
  /** The priority group the ticket was issued with; null for a normal ticket. */
  priority: PriorityCategory | null;
  /** This kiosk's printer as last reported; null until the server has said anything. */
  printer: PrinterStatusEvent | null;
  /** Whether the centre sends texts: a citizen is never asked for a number it cannot text. */
  smsOffered: boolean;
  language: Language;
  t: Translate;
  onDone: () => void;
};

/**
 * The number, large, with what the citizen needs to wait calmly. It shows whatever the printer
 * does: when the printer cannot print, the citizen is asked to note the number (the server has
 * already told the supervisor through the device health report).
 */
export const TicketCard = ({
  api,
  issued,
  priority,
  printer,
  smsOffered,
  language,
  t,
  onDone,
}: Props) => (
  <section className="ticket" aria-labelledby="your-number">
    <h2 id="your-number">{t('yourNumber')}</h2>
    <p className="ticket-number">{issued.ticket.number}</p>
    <p className="ticket-service">
      {language === 'vi' ? issued.serviceName : issued.serviceNameEn}
    </p>
    {priority && (
      <p className="ticket-priority">
        {t('priorityOnTicket', { name: language === 'vi' ? priority.name : priority.nameEn })}
      </p>
    )}
    <QueuePlace
      peopleAhead={issued.peopleAhead}
      estimatedWaitMinutes={issued.estimatedWaitMinutes}
      t={t}
    />
    {printer && !printer.canPrint ? (
      <p role="alert" className="error">
        {t('printerFault')}
      </p>
    ) : (
      <p className="hint">{t('printedHint')}</p>
    )}
    {smsOffered && (
      <SmsOptIn api={api} ticketId={issued.ticket.id} peopleAhead={issued.peopleAhead} t={t} />
    )}
    <button type="button" className="primary" onClick={onDone}>
      {t('done')}
    </button>
  </section>
);
