/** Date and money formatting for printouts, in the centre's time zone (never the machine's). */

const parts = (iso: string, timeZone: string): Record<string, string> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );

/** `26/11/2026 14:05` */
export const formatDateTime = (iso: string, timeZone: string): string => {
  const p = parts(iso, timeZone);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

/** `YYYY-MM-DD` → `03/12/2026` */
export { formatBusinessDay } from '@openops/protocol';

/**
 * Money and the space a printed line never breaks at ("75.000 đ" and "(Bản chính): 1" stay
 * whole when a long line wraps on 58 mm paper) come from the protocol, which the counter's
 * screen uses too, so what it shows is what the receipt prints.
 */
export { formatDong, unbreakable, unbreakableSpace } from '@openops/protocol';
