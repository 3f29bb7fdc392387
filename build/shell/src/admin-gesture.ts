export type GestureOptions = {
  now: () => Date;
  /** Taps needed. Default 5. */
  taps?: number;
  /** All taps within this time. Default 3000 ms. */
  windowMs?: number;
};

/**
 * Recognises the admin gesture: several quick taps in the screen's top-left corner (the
 * preload reports each one). A citizen's occasional touch there never adds up to it.
 */
export const createAdminGesture = (options: GestureOptions): { tap: () => boolean } => {
  const needed = options.taps ?? 5;
  const windowMs = options.windowMs ?? 3000;
  let taps: number[] = [];
  return {
    tap: () => {
      const now = options.now().getTime();
      taps = [...taps.filter((at) => now - at < windowMs), now];
      if (taps.length < needed) return false;
      taps = [];
      return true;
    },
  };
};

export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
};

/** The keyboard form of the gesture, for a technician with a keyboard: Ctrl+Alt+Shift+A. */
export const isAdminShortcut = (input: KeyInput): boolean =>
  input.type === 'keyDown' &&
  input.key.toLowerCase() === 'a' &&
  input.control &&
  input.alt &&
  input.shift &&
  !input.meta;

/**
 * Key combinations that would leave or break kiosk mode (close, reload, devtools, switch
 * away). Blocked in the window while kiosk mode is on.
 */
export const isBlockedInKiosk = (input: KeyInput): boolean => {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (key === 'f11' || key === 'f12' || key === 'f5') return true;
  if (input.alt && key === 'f4') return true;
  if (input.control && ['w', 'q', 'r', 'n', 't', 'p'].includes(key)) return true;
  if (input.control && input.shift && key === 'i') return true;
  return input.meta && ['q', 'w'].includes(key);
};
