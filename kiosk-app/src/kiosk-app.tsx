import { useEffect, useState } from 'react';
import { useLanguage, useRoleSocket } from '@openops/client';
import type { IssuedTicket, Service } from '@openops/protocol';
import { kioskMessages } from './messages';
import { TicketCard } from './ticket-card';

type Props = { serverUrl: string; deviceId: string };

export const KioskApp = ({ serverUrl, deviceId }: Props) => {
  const { socket, connection } = useRoleSocket('kiosk', serverUrl, deviceId);
  const { language, toggle, t } = useLanguage(kioskMessages);
  const [services, setServices] = useState<Service[]>([]);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!socket) return undefined;
    const onSnapshot = (snapshot: { services: Service[] }): void => setServices(snapshot.services);
    socket.on('centre:snapshot', onSnapshot);
    return () => {
      socket.off('centre:snapshot', onSnapshot);
    };
  }, [socket]);

  const take = (serviceId: string): void => {
    if (!socket || pending) return;
    setPending(true);
    setError(null);
    socket.timeout(10_000).emit('ticket:issue', { serviceId }, (timeoutError, reply) => {
      setPending(false);
      if (timeoutError) {
        setError(t('failed', { message: t('offline') }));
      } else if (reply.ok) {
        setIssued(reply.data);
      } else {
        setError(t('failed', { message: reply.error.message }));
      }
    });
  };

  return (
    <main className="kiosk" lang={language}>
      <header className="kiosk-header">
        <h1>{t('title')}</h1>
        <button type="button" className="language" onClick={toggle}>
          {t('otherLanguage')}
        </button>
      </header>
      {connection !== 'online' && (
        <p role="status" className="banner">
          {connection === 'offline' ? t('offline') : t('connecting')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {issued ? (
        <TicketCard issued={issued} language={language} t={t} onDone={() => setIssued(null)} />
      ) : (
        <section aria-labelledby="choose-service">
          <h2 id="choose-service">{t('chooseService')}</h2>
          <div className="services">
            {services.map((service) => (
              <button
                key={service.id}
                type="button"
                className="service"
                disabled={pending || connection !== 'online'}
                onClick={() => take(service.id)}
              >
                {language === 'vi' ? service.name : service.nameEn}
              </button>
            ))}
          </div>
        </section>
      )}
    </main>
  );
};
