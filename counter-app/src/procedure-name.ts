import type { Language } from '@openops/client';
import type { Procedure } from '@openops/protocol';

/**
 * A procedure's name where the screen reads it: its English name, when it has one, in English.
 * What is stored and printed (the dossier, its receipt) keeps the Vietnamese name.
 */
export const procedureNameIn = (
  procedure: Pick<Procedure, 'name' | 'nameEn'>,
  language: Language,
): string => (language === 'en' && procedure.nameEn ? procedure.nameEn : procedure.name);
