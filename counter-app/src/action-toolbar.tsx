import type { CounterMessageKey } from './messages';
import type { CounterAction } from './shortcuts';
import { ActionButton } from './action-button';
import { useText } from './ui-language';

/** The actions on the current ticket, in the order of the officer's day; calling comes first. */
const ticketActions: readonly (readonly [CounterAction, CounterMessageKey])[] = [
  ['call-next', 'callNext'],
  ['recall', 'recall'],
  ['start', 'start'],
  ['finish', 'finish'],
  ['no-show', 'noShow'],
  ['transfer', 'transfer'],
  ['return-to-queue', 'returnToQueue'],
  ['receive-dossier', 'receiveDossier'],
  ['return-dossier', 'returnDossier'],
];

type Props = {
  t: (key: CounterMessageKey) => string;
  /** Every button waits: the server is out of reach, or a request is on its way. */
  disabled: boolean;
  /**
   * Why an action cannot be taken on the ticket at the counter now (see `ticketActionBlock`),
   * or null when it can: its button is disabled, with the reason as its description.
   */
  blockedBy: (action: CounterAction) => string | null;
  onRun: (action: CounterAction) => void;
};

/** The row of ticket and dossier actions under the current number. */
export const ActionToolbar = ({ t, disabled, blockedBy, onRun }: Props) => {
  const tx = useText();
  return (
    <div className="actions" role="toolbar" aria-label={tx('Thao tác', 'Actions')}>
      {ticketActions.map(([action, label]) => {
        const blocked = blockedBy(action);
        return (
          <ActionButton
            key={action}
            action={action}
            label={t(label)}
            primary={action === 'call-next'}
            disabled={disabled || blocked !== null}
            why={blocked}
            onRun={onRun}
          />
        );
      })}
    </div>
  );
};
