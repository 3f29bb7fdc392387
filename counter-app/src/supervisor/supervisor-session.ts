import type { Officer } from '@openops/protocol';

export type SupervisorSession = { token: string; officer: Officer };

const key = 'openops.supervisor.session';

/** The supervisor's session for this tab (sessionStorage), so a reload keeps the screen open. */
export const rememberSupervisor = (session: SupervisorSession): void => {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(session));
  } catch {
    // Storage disabled: signing in again after a reload is the only cost.
  }
};

export const recallSupervisor = (): SupervisorSession | null => {
  try {
    const stored = window.sessionStorage.getItem(key);
    if (!stored) return null;
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const candidate = value as Partial<SupervisorSession>;
    return typeof candidate.token === 'string' && candidate.officer
      ? { token: candidate.token, officer: candidate.officer }
      : null;
  } catch {
    return null;
  }
};

export const forgetSupervisor = (): void => {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
};
