import type { Language } from '@openops/client';
import { linkFailureText } from './link-failure-text';
import { serverRefusalText } from './server-message-text';

/**
 * A message kept in both languages once it is said (a status line, a field's problem), so it
 * reads in whichever language the supervisor switches to while it shows.
 */
export type Bilingual = Record<Language, string>;

/** Both languages of a text written per language. */
export const inEachLanguage = (text: (language: Language) => string): Bilingual => ({
  vi: text('vi'),
  en: text('en'),
});

/**
 * A message the server sent (or this screen's own link failure), in each language: as sent in
 * Vietnamese; in English its gloss or known English (`serverRefusalText`), else as sent.
 */
export const fromServer = (message: string): Bilingual =>
  inEachLanguage((language) => serverRefusalText(linkFailureText(message, language), language));
