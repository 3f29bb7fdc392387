import { useState } from 'react';
import { assertNever } from '@openops/protocol';
import type { KioskApi } from './kiosk-api';
import type { Translate } from './messages';
import { CodeEntry } from './code-entry';
import { say, text, type Text } from './kiosk-text';

type Props = {
  api: KioskApi;
  ticketId: string;
  /** People ahead when the ticket was issued: already near the front, the text goes at once. */
  peopleAhead: number;
  t: Translate;
};

// Messages are kept as keys and values, so they follow a language change made after them.
type State =
  { kind: 'closed' } | { kind: 'open'; problem: Text | null } | { kind: 'done'; message: Text };

const phonePattern = /^0\d{9,10}$/;

/**
 * Opt-in to a text message when the ticket nears the front. The number goes to the server for
 * this ticket only; the kiosk forgets it with the screen.
 */
export const SmsOptIn = ({ api, ticketId, peopleAhead, t }: Props) => {
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [phone, setPhone] = useState('');
  const [busy, setBusy] = useState(false);

  const subscribe = async (): Promise<void> => {
    if (!phonePattern.test(phone)) {
      setState({ kind: 'open', problem: text('smsBadPhone') });
      return;
    }
    setBusy(true);
    const reply = await api.notifyMe(ticketId, phone);
    setBusy(false);
    if (reply.ok) {
      const { placesBefore } = reply.data;
      // Already that near: the server texts at its next look at the queue, not "when 3 are left".
      setState({
        kind: 'done',
        message:
          peopleAhead <= placesBefore
            ? text('smsSoon', { phone })
            : text('smsDone', { phone, count: placesBefore }),
      });
      return;
    }
    switch (reply.error.code) {
      case 'notifications-disabled':
        setState({ kind: 'done', message: text('smsDisabled') });
        return;
      case 'conflict':
        // The ticket was called while the number was typed.
        setState({ kind: 'done', message: text('smsCalled') });
        return;
      case 'bad-request':
        setState({ kind: 'open', problem: text('smsBadPhone') });
        return;
      case 'unreachable':
        setState({ kind: 'open', problem: text('smsFailed', { message: text('timeout') }) });
        return;
      default:
        setState({ kind: 'open', problem: text('smsFailedAsk') });
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
          {say(t, state.message)}
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
              {say(t, state.problem)}
            </p>
          )}
        </div>
      );
    default:
      return assertNever(state);
  }
};
