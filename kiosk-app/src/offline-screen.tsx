import type { ConnectionState } from '@openops/client';
import type { Translate } from './messages';

type Props = {
  connection: ConnectionState;
  /**
   * True while the server refuses this kiosk's handshake (not paired, pairing revoked, wrong
   * role): waiting will not help, so the screen sends the citizen to staff instead of saying
   * it reconnects by itself.
   */
  refused: boolean;
  t: Translate;
};

/** Shown instead of every flow while the server is away; the socket reconnects by itself. */
export const OfflineScreen = ({ connection, refused, t }: Props) => {
  if (refused) {
    return (
      <section aria-labelledby="offline" className="panel offline">
        <h2 id="offline">{t('unpairedTitle')}</h2>
        <p role="alert">{t('unpaired')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="offline" className="panel offline">
      <h2 id="offline">{connection === 'offline' ? t('offlineTitle') : t('connecting')}</h2>
      <p role="status">{connection === 'offline' ? t('offline') : t('connecting')}</p>
      <p>{t('offlineHint')}</p>
    </section>
  );
};
