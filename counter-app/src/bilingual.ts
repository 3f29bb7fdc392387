import type { Language } from '@openops/client';

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
 * A text that comes in one language only, shown as it is in both: a server's message, which
 * is Vietnamese with its English gloss in brackets ("Lịch hẹn đã bị hủy (appointment cancelled)").
 */
export const asIs = (text: string): Bilingual => ({ vi: text, en: text });
