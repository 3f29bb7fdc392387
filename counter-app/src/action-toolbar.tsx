import type { CounterMessageKey } from './messages';
import type { CounterAction } from './shortcuts';
import { ActionButton } from './action-button';

/** The actions on the current ticket, in the order of the officer's day; calling comes first. */
const ticketActions: readonly (readonly [CounterAction, CounterMessageKey])[] = [
  ['call-next', 'callNext'],
  ['recall', 'recall'],
  ['start', 'start'],
  ['finish', 'finish'],
  ['no-show', 'noShow'],
  ['transfer', 'transfer'],
  ['receive-dossier', 'receiveDossier'],
  ['return-dossier', 'returnDossier'],
];

type Props = {
  t: (key: CounterMessageKey) => string;
  disabled: boolean;
  onRun: (action: CounterAction) => void;
};

/** The row of ticket and dossier actions under the current number. */
export const ActionToolbar = ({ t, disabled, onRun }: Props) => (
  <div className="actions" role="toolbar" aria-label="Thao tác">
    {ticketActions.map(([action, label]) => (
      <ActionButton
        key={action}
        action={action}
        label={t(label)}
        primary={action === 'call-next'}
        disabled={disabled}
        onRun={onRun}
      />
    ))}
  </div>
);
