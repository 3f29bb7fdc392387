import { languages, type Language } from '@openops/client';

const key = 'openops.supervisor.language';

const isLanguage = (value: unknown): value is Language =>
  languages.some((language) => language === value);

/**
 * The language the supervisor screens were last shown in on this machine (localStorage, so a
 * reload or the next sign-in keeps it); Vietnamese when none was chosen or storage is off.
 */
export const recallSupervisorLanguage = (): Language => {
  try {
    const stored: unknown = window.localStorage.getItem(key);
    return isLanguage(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
};

export const rememberSupervisorLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(key, language);
  } catch {
    // Storage disabled: the screens open in Vietnamese after a reload, the only cost.
  }
};
