import { appointmentCodeSchema, classifyScan, type ClassifiedScan } from '@openops/protocol';

/**
 * Classifies a line read by a keyboard-wedge scanner in this renderer, like the server does for
 * serial and HID scanners. Booking codes are also accepted in the queue server's own check-in
 * format (8 characters without look-alikes), which the shared classifier does not know yet.
 */
export const classifyKioskScan = (text: string): ClassifiedScan => {
  const scan = classifyScan(text);
  if (scan.kind !== 'unknown') return scan;
  const appointment = appointmentCodeSchema.safeParse(text.trim());
  return appointment.success ? { kind: 'appointment-code', code: appointment.data } : scan;
};

/** True for texts that look like a check-in code of either format, typed or scanned. */
export const isAppointmentCode = (text: string): boolean =>
  classifyKioskScan(text).kind === 'appointment-code';
