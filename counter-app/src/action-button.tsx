import { shortcutKeys, type CounterAction } from './shortcuts';

type Props = {
  action: CounterAction;
  label: string;
  /** The screen's main action, drawn stronger. Default false. */
  primary?: boolean;
  disabled: boolean;
  /** Why the action cannot be taken now, shown as the button's tooltip. Default none. */
  why?: string | null;
  onRun: (action: CounterAction) => void;
};

/** One button per common action, naming its key so the officer learns it by using the mouse. */
export const ActionButton = ({
  action,
  label,
  primary = false,
  disabled,
  why = null,
  onRun,
}: Props) => (
  <button
    type="button"
    className={primary ? 'primary' : undefined}
    onClick={() => onRun(action)}
    disabled={disabled}
    title={why ?? undefined}
    aria-keyshortcuts={shortcutKeys[action]}
  >
    {label}
    <kbd aria-hidden="true">{shortcutKeys[action]}</kbd>
  </button>
);
