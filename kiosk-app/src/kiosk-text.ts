import { interpolate, type Language } from '@openops/client';
import { kioskMessages, type MessageKey, type Translate } from './messages';

/**
 * A message kept as its key and values rather than as finished text, so one made in
 * Vietnamese reads in English once the citizen taps "English" (and back). A value may itself
 * be a message, e.g. "Không lấy được số: {message}" with the timeout message inside.
 */
export type Text = { key: MessageKey; values?: Record<string, string | number | Text> };

export const text = (key: MessageKey, values?: Text['values']): Text =>
  values ? { key, values } : { key };

/** A kept message in the current language. */
export const say = (t: Translate, message: Text): string =>
  t(
    message.key,
    Object.fromEntries(
      Object.entries(message.values ?? {}).map(([name, value]) => [
        name,
        typeof value === 'object' ? say(t, value) : value,
      ]),
    ),
  );

/**
 * Picks `{name|one|other}` by a numeric value: the first form when it is 1, else the second
 * ("1 copy", "2 copies"). Only English needs it; Vietnamese nouns do not change with number.
 */
export const pluralise = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one, other) =>
    name in values ? (Number(values[name]) === 1 ? String(one) : String(other)) : whole,
  );

/** The kiosk's translator for a language: plural forms chosen, then `{name}` placeholders filled. */
export const kioskTranslator =
  (language: Language): Translate =>
  (key, values = {}) =>
    interpolate(pluralise(kioskMessages[language][key], values), values);
