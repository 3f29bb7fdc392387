import { appointmentCodeSchema, portalBookingRefPattern } from './appointments';
import { maskId, parseCitizenIdQr } from './citizen-id-qr';
import type { ClassifiedScan } from './scans';

/**
 * Pure and platform-free: the agent's server and the renderers (keyboard wedge) both use it.
 *
 * - dossier code: `<agency>-<YYMMDD>-<NNNN>` (DESIGN.md), agency = groups of digits and capitals
 *   joined by `.`, at most 35 characters; the date must be a real date
 * - appointment code: the server's 8-character check-in code (`appointmentCodeSchema`), or `LH-`
 *   then 6 to 12 capitals or digits (booking-portal references)
 * - CCCD QR: see `parseCitizenIdQr`
 * - queue ticket QR: a tracking URL, `<base>/ticket/<ticket id>` (`ticketTrackingUrl`)
 * Receipt QR codes may hold a lookup URL; a `code` or `ma` query parameter is read as the code.
 */
const dossierCodePattern = /^([0-9A-Z]+(?:\.[0-9A-Z]+)*)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

export type DossierCodeParts = {
  code: string;
  agencyCode: string;
  receivedDate: string;
  sequence: number;
};

/** Splits a dossier code into its parts, or null when it is not one. */
export const parseDossierCode = (text: string): DossierCodeParts | null => {
  const match = dossierCodePattern.exec(text);
  if (!match) return null;
  const [, agency = '', yy = '', mm = '', dd = '', sequence = ''] = match;
  if (agency.length > 35) return null;
  const year = 2000 + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return null;
  return {
    code: text,
    agencyCode: agency,
    receivedDate: `${year}-${mm}-${dd}`,
    sequence: Number(sequence),
  };
};

/** Pulls a code out of a lookup URL (`?code=` or `?ma=`); the text itself otherwise. */
const unwrapUrl = (text: string): string => {
  if (!/^https?:\/\//i.test(text)) return text;
  const query = text.split('?')[1] ?? '';
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key === 'code' || key === 'ma') {
      try {
        return decodeURIComponent(value).trim();
      } catch {
        return text;
      }
    }
  }
  return text;
};

// Scanners in keyboard mode sometimes emit a stray control character before or after the data.
const stripControls = (text: string): string =>
  Array.from(text)
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('');

/** Masks every run of 9 or more digits so an ID in an unrecognised scan never shows. */
const maskDigitRuns = (text: string): string => text.replace(/\d{9,}/g, (run) => maskId(run));

// Queue ticket ids are random UUIDs (lower-case hex, as the server writes them).
const ticketIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a queue ticket's QR holds: the page of the server that follows it (`GET /ticket/:id`),
 * under `base` (the centre's public address, or the one its kiosk reached the server at).
 */
export const ticketTrackingUrl = (base: string, ticketId: string): string =>
  `${base.replace(/\/+$/, '')}/ticket/${ticketId}`;

/** The ticket id of a tracking URL from any server, or null when the text is not one. */
export const ticketIdOfTrackingUrl = (text: string): string | null => {
  const match = /^https?:\/\/[^/?#\s]+(?:\/[^?#\s]*)?\/ticket\/([^/?#\s]+)\/?$/i.exec(text);
  const id = match?.[1]?.toLowerCase();
  return id && ticketIdPattern.test(id) ? id : null;
};

/** Classifies one scanned line. */
export const classifyScan = (raw: string): ClassifiedScan => {
  const text = stripControls(raw).trim();
  const ticketId = ticketIdOfTrackingUrl(text);
  if (ticketId) return { kind: 'ticket', ticketId };
  if (text.includes('|')) {
    const citizen = parseCitizenIdQr(text);
    if (citizen.ok) {
      const { idNumber, oldIdNumber, idMasked, idLast4 } = citizen.value;
      const { fullName, birthDate, sex, address, issueDate } = citizen.value;
      return {
        kind: 'citizen-id',
        idNumber,
        oldIdNumber,
        idMasked,
        idLast4,
        fullName,
        birthDate,
        sex,
        address,
        issueDate,
      };
    }
  }
  const candidate = unwrapUrl(text).toUpperCase();
  const dossier = parseDossierCode(candidate);
  if (dossier) return { kind: 'dossier-code', ...dossier };
  if (portalBookingRefPattern.test(candidate)) return { kind: 'appointment-code', code: candidate };
  const checkIn = appointmentCodeSchema.safeParse(candidate);
  if (checkIn.success) return { kind: 'appointment-code', code: checkIn.data };
  const unknown = { kind: 'unknown' as const, preview: maskDigitRuns(text).slice(0, 64) };
  return text.includes('|')
    ? { ...unknown, length: text.length, citizenCard: true }
    : { ...unknown, length: text.length };
};
