import { useCallback, useState } from 'react';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each app declares its messages once per language; Vietnamese is the source. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

/** Fills `{name}` placeholders. */
export const interpolate = (
  template: string,
  values: Record<string, string | number> = {},
): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );

/** Current language (Vietnamese by default) and a translator for the app's messages. */
export const useLanguage = <K extends string>(messages: Messages<K>) => {
  const [language, setLanguage] = useState<Language>('vi');
  const t = useCallback(
    (key: K, values?: Record<string, string | number>) =>
      interpolate(messages[language][key], values),
    [language, messages],
  );
  const toggle = useCallback(() => setLanguage((current) => (current === 'vi' ? 'en' : 'vi')), []);
  return { language, setLanguage, toggle, t };
};
