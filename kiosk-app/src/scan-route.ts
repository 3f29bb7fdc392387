import { classifyScan, type ClassifiedScan } from '@openops/protocol';

/**
 * Classifies a line read by a keyboard-wedge scanner in this renderer, as the server does for
 * serial and HID scanners: both booking code formats (the server's 8 characters, a portal's
 * `LH-` reference) read as an appointment code.
 */
export const classifyKioskScan = (text: string): ClassifiedScan => classifyScan(text);

/** True for texts that look like a check-in code of either format, typed or scanned. */
export const isAppointmentCode = (text: string): boolean =>
  classifyKioskScan(text).kind === 'appointment-code';
