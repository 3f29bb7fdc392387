import { z } from 'zod';
import { sentAtSchema } from './action-timing';
import { businessDaySchema, idSchema, isoTimeSchema, issuedTicketSchema } from './entities';

export const appointmentStates = ['booked', 'checked-in', 'cancelled'] as const;
export const appointmentStateSchema = z.enum(appointmentStates);
export type AppointmentState = z.infer<typeof appointmentStateSchema>;

/** `POST /api/v1/appointments`, from the booking portal. */
export const bookAppointmentBodySchema = z.object({
  serviceId: idSchema,
  slotStart: isoTimeSchema,
  citizenName: z.string().trim().min(1).max(200),
  phone: z
    .string()
    .regex(/^\+?\d{8,15}$/)
    .optional(),
  /** The portal's own reference, echoed back; the server issues its own check-in code. */
  externalRef: z.string().max(100).optional(),
});
export type BookAppointmentBody = z.infer<typeof bookAppointmentBodySchema>;

/** Check-in codes: 8 characters without look-alikes (no 0/O, 1/I/L), typed or scanned as QR. */
export const appointmentCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{8}$/, 'mã hẹn gồm 8 ký tự');

/** A booking portal's own reference as it prints it: `LH-` then 6 to 12 capitals or digits. */
export const portalBookingRefPattern = /^LH-[A-Z0-9]{6,12}$/;

/**
 * What a citizen may check in with: the server's code, or the portal reference the booking
 * was made under (`externalRef`), which is all a citizen who booked online may have in hand.
 */
export const checkInCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (code) => appointmentCodeSchema.safeParse(code).success || portalBookingRefPattern.test(code),
    'mã hẹn gồm 8 ký tự, hoặc mã đặt lịch trực tuyến dạng LH-…',
  );

export const appointmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  serviceId: idSchema,
  slotStart: isoTimeSchema,
  citizenName: z.string(),
  phone: z.string().nullable(),
  externalRef: z.string().nullable(),
  state: appointmentStateSchema,
  ticketId: z.string().nullable(),
  createdAt: isoTimeSchema,
});
export type Appointment = z.infer<typeof appointmentSchema>;

/**
 * The answer to cancelling a booking: the booking, and whether a text telling the citizen was
 * queued (false when texts are off or the booking has no phone: someone must tell the citizen).
 */
export const cancelledAppointmentSchema = appointmentSchema.extend({ citizenTexted: z.boolean() });
export type CancelledAppointment = z.infer<typeof cancelledAppointmentSchema>;

export const checkInBodySchema = z.object({
  code: checkInCodeSchema,
  /** When the kiosk sent it (see `sentAtSchema`): one held up past the kiosk's wait is refused. */
  sentAt: sentAtSchema,
});
export type CheckInBody = z.infer<typeof checkInBodySchema>;

export const checkInResultSchema = z.object({
  appointment: appointmentSchema,
  issued: issuedTicketSchema,
});
export type CheckInResult = z.infer<typeof checkInResultSchema>;

/**
 * Where a refused check-in (`outside-check-in-window`) fell against its window, so a client
 * can say what to do in its own words and language; the error's `message` stays for logs
 * and older clients. `too-early` / `too-late`: the slot's day, before or after the window;
 * `before-the-day` / `after-the-day`: another day. Times are ISO instants; `slotDay` is the
 * slot's day in the centre's time zone.
 */
export const checkInWindowDetailsSchema = z.object({
  kind: z.literal('check-in-window'),
  timing: z.enum(['too-early', 'too-late', 'before-the-day', 'after-the-day']),
  serviceId: idSchema,
  slotDay: businessDaySchema,
  opensAt: isoTimeSchema,
  closesAt: isoTimeSchema,
});
export type CheckInWindowDetails = z.infer<typeof checkInWindowDetailsSchema>;
