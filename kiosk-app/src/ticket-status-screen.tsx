import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Language } from '@openops/client';
import { assertNever, type Counter, type Service, type TicketLookup } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { QueuePlace } from './queue-place';
import { ticketStatusOf } from './ticket-status';

type Props = {
  api: KioskApi;
  /** From the ticket's QR (`ticketTrackingUrl`). */
  ticketId: string;
  /** The centre snapshot's services and counters, for their names. */
  services: readonly Service[];
  counters: readonly Counter[];
  /** The centre's business day, `YYYY-MM-DD`. */
  today: string;
  language: Language;
  t: Translate;
  onHome: () => void;
};

type Outcome =
  | { kind: 'loading' }
  | { kind: 'found'; status: TicketLookup }
  | { kind: 'not-found' }
  | { kind: 'unavailable' };

/**
 * "Where is my number": a citizen scans the QR on their ticket and sees whether it still
 * waits (and how long), where to go, or that it is over. Read once per scan; scanning again
 * or "Check again" reads it afresh. Failures are told in plain words, never as error codes.
 */
export const TicketStatusScreen = ({
  api,
  ticketId,
  services,
  counters,
  today,
  language,
  t,
  onHome,
}: Props) => {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'loading' });
  const [reads, setReads] = useState(0);

  useEffect(() => {
    let current = true;
    setOutcome({ kind: 'loading' });
    void api.ticketStatus(ticketId).then((reply) => {
      // The citizen may have gone home (or scanned another ticket) while this was asked.
      if (!current) return;
      if (reply.ok) setOutcome({ kind: 'found', status: reply.data });
      else setOutcome({ kind: reply.error.code === 'not-found' ? 'not-found' : 'unavailable' });
    });
    return () => {
      current = false;
    };
  }, [api, ticketId, reads]);

  const checkAgain = useCallback(() => setReads((count) => count + 1), []);

  const body = (): ReactNode => {
    switch (outcome.kind) {
      case 'loading':
        return <p role="status">{t('statusLoading')}</p>;
      case 'not-found':
        return (
          <p role="alert" className="error">
            {t('statusNotFound')}
          </p>
        );
      case 'unavailable':
        return (
          <p role="alert" className="error">
            {t('statusUnavailable')}
          </p>
        );
      case 'found': {
        const { ticket, position } = outcome.status;
        const service = services.find((candidate) => candidate.id === ticket.serviceId);
        const status = ticketStatusOf(ticket, position, counters, today);
        return (
          <>
            <p className="ticket-number">{ticket.number}</p>
            {service && (
              <p className="ticket-service">{language === 'vi' ? service.name : service.nameEn}</p>
            )}
            {status.kind === 'waiting' ? (
              <>
                <p className="next-step">{t('statusWaiting')}</p>
                {status.position && (
                  <QueuePlace
                    peopleAhead={status.position.peopleAhead}
                    estimatedWaitMinutes={status.position.estimatedWaitMinutes}
                    t={t}
                  />
                )}
              </>
            ) : (
              <p className="next-step">{t(status.key, status.values)}</p>
            )}
          </>
        );
      }
      default:
        return assertNever(outcome);
    }
  };

  return (
    <section className="ticket" aria-labelledby="ticket-status">
      <h2 id="ticket-status">{t('statusTitle')}</h2>
      {body()}
      {(outcome.kind === 'found' || outcome.kind === 'unavailable') && (
        <button type="button" className="secondary" onClick={checkAgain}>
          {t('statusCheckAgain')}
        </button>
      )}
      <button type="button" className="primary" onClick={onHome}>
        {t('home')}
      </button>
    </section>
  );
};
