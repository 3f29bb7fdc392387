import { useState } from 'react';
import { assertNever } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry } from './code-entry';

type Props = { api: KioskApi; ticketId: string; t: Translate };

type State =
  { kind: 'closed' } | { kind: 'open'; problem: string | null } | { kind: 'done'; message: string };

const phonePattern = /^0\d{9,10}$/;

/**
 * Opt-in to a text message when the ticket nears the front. The number goes to the server for
 * this ticket only; the kiosk forgets it with the screen.
 */
export const SmsOptIn = ({ api, ticketId, t }: Props) => {
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);

  const subscribe = async (): Promise<void> => {
    if (!phonePattern.test(phone)) {
      setState({ kind: 'open', problem: t('smsBadPhone') });
      return;
    }
    setBusy(true);
    const reply = await api.notifyMe(ticketId, phone);
    setBusy(false);
    if (reply.ok) {
      setState({ kind: 'done', message: t('smsDone', { phone, count: reply.data.placesBefore }) });
    } else if (reply.error.code === 'notifications-disabled') {
      setState({ kind: 'done', message: t('smsDisabled') });
    } else {
      const message = reply.error.code === 'unreachable' ? t('timeout') : reply.error.message;
      setState({ kind: 'open', problem: t('smsFailed', { message }) });
    }
  };

  switch (state.kind) {
    case 'closed':
      return (
        <button
          type="button"
          className="secondary"
          onClick={() => setState({ kind: 'open', problem: null })}
        >
          {t('smsAction')}
        </button>
      );
    case 'done':
      return (
        <p role="status" className="next-step">
          {state.message}
        </p>
      );
    case 'open':
      return (
        <div className="sms">
          <CodeEntry
            id="sms-phone"
            label={t('phoneNumber')}
            hint={t('smsHint')}
            value={phone}
            onChange={setPhone}
            submitLabel={t('smsSubscribe')}
            onSubmit={() => void subscribe()}
            keys={[...'1234567890']}
            allowed={/[0-9]/}
            maxLength={11}
            t={t}
          />
          {busy && <p role="status">{t('connecting')}</p>}
          {state.problem && (
            <p role="alert" className="error">
              {state.problem}
            </p>
          )}
        </div>
      );
    default:
      return assertNever(state);
  }
};
