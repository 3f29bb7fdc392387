import type { Language } from '@openops/client';

/**
 * The usual reasons for a pause, one click each in the pause dialog; the officer may type
 * another. The Vietnamese is the reason sent and recorded (the floor and the reports read it),
 * whatever the language on screen; the English only shows it.
 */
export const pauseReasons = [
  { reason: 'Nghỉ giải lao', en: 'Break' },
  { reason: 'Họp', en: 'Meeting' },
  { reason: 'Xử lý hồ sơ tồn', en: 'Backlog of dossiers' },
  { reason: 'Sự cố thiết bị', en: 'Equipment problem' },
] as const;

/**
 * A pause reason as the officer reads it, in `language`: a usual one in English when English is
 * chosen, any other (typed by an officer) as it was typed.
 */
export const pauseReasonText = (reason: string, language: Language): string =>
  language === 'en'
    ? (pauseReasons.find((usual) => usual.reason === reason)?.en ?? reason)
    : reason;
