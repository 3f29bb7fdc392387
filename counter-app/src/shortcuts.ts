/** Every action an officer takes often, each on one key. */
export const counterActions = [
  'call-next',
  'recall',
  'start',
  'finish',
  'no-show',
  'transfer',
  'return-to-queue',
  'receive-dossier',
  'return-dossier',
  'pause',
  'help',
] as const;
export type CounterAction = (typeof counterActions)[number];

/**
 * One function key per action: they work while the cursor is in a form field, no Vietnamese input
 * method intercepts them, and none is a browser key the app cannot take (F5 reload, F11 full
 * screen, F12 developer tools are left alone). The function keys are all taken, so a rarer
 * action shares its neighbour's key with Shift: returning a ticket to its queue is the transfer
 * (F7) back to where it came from, Shift+F7; the list of keys is the call's neighbour, Shift+F1.
 */
export const shortcutKeys: Record<CounterAction, string> = {
  'call-next': 'F1',
  recall: 'F2',
  start: 'F3',
  finish: 'F4',
  'no-show': 'F6',
  transfer: 'F7',
  'return-to-queue': 'Shift+F7',
  'receive-dossier': 'F8',
  'return-dossier': 'F9',
  pause: 'F10',
  help: 'Shift+F1',
};

/** Alt+1 … Alt+9 call the n-th waiting ticket in the list. */
export const callChosenModifier = 'Alt';

export type KeyInput = { key: string; altKey: boolean; shiftKey: boolean; ctrlKey: boolean };

export type ShortcutHit =
  { kind: 'action'; action: CounterAction } | { kind: 'call-chosen'; index: number } | null;

/** What a key press means, or null when it is not a shortcut (the key then works as usual). */
export const shortcutFor = (input: KeyInput): ShortcutHit => {
  if (input.ctrlKey) return null;
  if (input.altKey && !input.shiftKey && /^[1-9]$/.test(input.key)) {
    return { kind: 'call-chosen', index: Number(input.key) - 1 };
  }
  if (input.altKey) return null;
  const pressed = input.shiftKey ? `Shift+${input.key}` : input.key;
  const action = counterActions.find((candidate) => shortcutKeys[candidate] === pressed);
  return action ? { kind: 'action', action } : null;
};
