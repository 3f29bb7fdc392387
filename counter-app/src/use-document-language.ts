import { useEffect } from 'react';
import type { Language } from '@openops/client';
import type { Bilingual } from './bilingual';

/**
 * Keeps the page's `lang` and title in the language on screen: a screen reader then reads the
 * page in the right voice, and the tab or window says what it is in that language.
 */
export const useDocumentLanguage = (language: Language, title: Bilingual): void => {
  const shownTitle = title[language];
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = shownTitle;
  }, [language, shownTitle]);
};
