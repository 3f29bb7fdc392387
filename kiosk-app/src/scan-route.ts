import { classifyScan } from '@openops/protocol';

/**
 * True for texts that look like a check-in code of either format (the server's 8 characters,
 * a booking portal's `LH-` reference), typed or scanned.
 */
export const isAppointmentCode = (text: string): boolean =>
  classifyScan(text).kind === 'appointment-code';
