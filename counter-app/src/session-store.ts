import type { CounterSession } from './sign-in-screen';

const keyFor = (deviceId: string): string => `openops.counter.session.${deviceId}`;

/**
 * Keeps the officer's session for this browser tab (sessionStorage: gone when the tab closes),
 * so reloading the screen after a crash goes straight back to the counter.
 */
export const rememberSession = (deviceId: string, session: CounterSession): void => {
  try {
    window.sessionStorage.setItem(keyFor(deviceId), JSON.stringify(session));
  } catch {
    // Storage full or disabled: the officer signs in again after a reload, nothing else is lost.
  }
};

export const recallSession = (deviceId: string): CounterSession | null => {
  try {
    const stored = window.sessionStorage.getItem(keyFor(deviceId));
    if (!stored) return null;
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const candidate = value as Partial<CounterSession>;
    return candidate.counter && typeof candidate.counter.id === 'string'
      ? {
          counter: candidate.counter,
          officer: candidate.officer ?? null,
          token: typeof candidate.token === 'string' ? candidate.token : null,
        }
      : null;
  } catch {
    return null;
  }
};

export const forgetSession = (deviceId: string): void => {
  try {
    window.sessionStorage.removeItem(keyFor(deviceId));
  } catch {
    // Nothing stored.
  }
};
