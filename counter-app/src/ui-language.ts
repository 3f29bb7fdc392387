import { createContext, useCallback, useContext } from 'react';
import type { Language } from '@openops/client';

/** The language the officer chose on the working screen; Vietnamese unless switched. */
export const LanguageContext = createContext<Language>('vi');

/**
 * Picks the Vietnamese or English text of a pair written side by side where it is used, so a
 * panel's two languages are read together: `tx('Họ và tên', 'Full name')`.
 */
export const useText = (): ((vi: string, en: string) => string) => {
  const language = useContext(LanguageContext);
  return useCallback((vi: string, en: string) => (language === 'en' ? en : vi), [language]);
};
