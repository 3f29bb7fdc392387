import { nameIn, type Language } from '@openops/client';

/**
 * A name from the centre's configuration in the kiosk's language (`nameIn`), marked with the
 * language it is in: on the English screen a Vietnamese name, one with no English version, is
 * then read by a screen reader as Vietnamese rather than spelt out as English.
 */
export const ConfiguredName = ({
  language,
  vi,
  en,
}: {
  language: Language;
  vi: string;
  en: string | undefined;
}) => {
  const name = nameIn(language, vi, en);
  return <span lang={name === vi ? 'vi' : 'en'}>{name}</span>;
};

/** Text the configuration holds in Vietnamese only (documents, fees, where to submit). */
export const VietnameseText = ({ children }: { children: string }) => (
  <span lang="vi">{children}</span>
);
