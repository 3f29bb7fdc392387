import type { Language } from './language';

/**
 * A name from the centre's configuration in the screen's language: in English the English name
 * where the configuration has one, else the Vietnamese, which a citizen can still match to the
 * signs and the counter (a procedure's English name is optional; a blank one counts as none).
 */
export const nameIn = (language: Language, vi: string, en: string | undefined): string =>
  language === 'en' && en?.trim() ? en : vi;
