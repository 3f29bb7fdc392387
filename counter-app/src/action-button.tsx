import { shortcutKeys, type CounterAction } from './shortcuts';

type Props = {
  action: CounterAction;
  label: string;
  /** The screen's main action, drawn stronger. Default false. */
  primary?: boolean;
  disabled: boolean;
  onRun: (action: CounterAction) => void;
};

/** One button per common action, naming its key so the officer learns it by using the mouse. */
export const ActionButton = ({ action, label, primary = false, disabled, onRun }: Props) => (
  <button
    type="button"
    className={primary ? 'primary' : undefined}
    onClick={() => onRun(action)}
    disabled={disabled}
    aria-keyshortcuts={shortcutKeys[action]}
  >
    {label}
    <kbd aria-hidden="true">{shortcutKeys[action]}</kbd>
  </button>
);
