/** Digits a ticket number is padded to; longer sequences simply grow (A1000). */
export const ticketNumberDigits = 3;

export const formatTicketNumber = (prefix: string, sequence: number): string =>
  `${prefix}${String(sequence).padStart(ticketNumberDigits, '0')}`;

export type NextSequence =
  { ok: true; sequence: number } | { ok: false; reason: 'daily-limit-reached'; limit: number };

/**
 * The sequence after `lastSequence` for a service's day, refusing past the daily limit.
 * `lastSequence` is 0 at the start of a day.
 */
export const nextSequence = (lastSequence: number, dailyLimit: number | null): NextSequence => {
  const sequence = lastSequence + 1;
  if (dailyLimit !== null && sequence > dailyLimit) {
    return { ok: false, reason: 'daily-limit-reached', limit: dailyLimit };
  }
  return { ok: true, sequence };
};
