import { useCallback, useState } from 'react';
import { languages, type Language } from '@openops/client';

/** Where each screen keeps its language on this machine. */
export const languageKeys = {
  counter: 'openops.counter.language',
  supervisor: 'openops.supervisor.language',
} as const;

type LanguageKey = (typeof languageKeys)[keyof typeof languageKeys];

const isLanguage = (value: unknown): value is Language =>
  languages.some((language) => language === value);

/**
 * The language a screen was last shown in on this machine (localStorage, so a reload or the
 * next sign-in keeps it); Vietnamese when none was chosen or storage is off.
 */
export const recallLanguage = (key: LanguageKey): Language => {
  try {
    const stored: unknown = window.localStorage.getItem(key);
    return isLanguage(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
};

export const rememberLanguage = (key: LanguageKey, language: Language): void => {
  try {
    window.localStorage.setItem(key, language);
  } catch {
    // Storage disabled: the screen opens in Vietnamese after a reload, the only cost.
  }
};

/** A screen's language, remembered under `key`, and the switch between the two. */
export const useRememberedLanguage = (
  key: LanguageKey,
): { language: Language; toggle: () => void } => {
  const [language, setLanguage] = useState<Language>(() => recallLanguage(key));
  const toggle = useCallback(() => {
    const next = language === 'vi' ? 'en' : 'vi';
    rememberLanguage(key, next);
    setLanguage(next);
  }, [key, language]);
  return { language, toggle };
};
