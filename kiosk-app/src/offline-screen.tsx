import type { ConnectionState } from '@openops/client';
import type { Translate } from './messages';

/** Shown instead of every flow while the server is away; the socket reconnects by itself. */
export const OfflineScreen = ({ connection, t }: { connection: ConnectionState; t: Translate }) => (
  <section aria-labelledby="offline" className="panel offline">
    <h2 id="offline">{connection === 'offline' ? t('offlineTitle') : t('connecting')}</h2>
    <p role="status">{connection === 'offline' ? t('offline') : t('connecting')}</p>
    <p>{t('offlineHint')}</p>
  </section>
);
