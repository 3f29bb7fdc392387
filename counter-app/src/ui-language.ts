import { createContext, useCallback, useContext } from 'react';
import { interpolate, type Language } from '@openops/client';
import { messages, type CounterMessageKey } from './messages';

/**
 * The language chosen on screen, Vietnamese unless switched: provided by the counter's shell
 * (chosen at sign-in or on the working screen, it carries from one to the other) and by the
 * supervisor app.
 */
export const LanguageContext = createContext<Language>('vi');

/**
 * Picks the Vietnamese or English text of a pair written side by side where it is used, so a
 * panel's two languages are read together: `tx('Họ và tên', 'Full name')`.
 */
export const useText = (): ((vi: string, en: string) => string) => {
  const language = useContext(LanguageContext);
  return useCallback((vi: string, en: string) => (language === 'en' ? en : vi), [language]);
};

/** A text of the app's shared table (`messages.ts`), with its `{name}` placeholders filled. */
export type CounterText = (
  key: CounterMessageKey,
  values?: Record<string, string | number>,
) => string;

/** Words the app's shared texts (`messages.ts`) in the officer's language: `t('callNext')`. */
export const useMessages = (): CounterText => {
  const language = useContext(LanguageContext);
  return useCallback(
    (key: CounterMessageKey, values?: Record<string, string | number>) =>
      interpolate(messages[language][key], values),
    [language],
  );
};
