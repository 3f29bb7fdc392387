import { z } from 'zod';
import { idSchema } from './entities';
import { deviceRoleSchema } from './pairing';

/** A field (lĩnh vực) grouping services on the kiosk: field → service. */
export const serviceFieldSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
});
export type ServiceField = z.infer<typeof serviceFieldSchema>;

/** Roles people sign in with; devices hold the roles of `deviceRoles` instead. */
export const officerRoles = ['counter', 'supervisor', 'admin'] as const;
export const officerRoleSchema = z.enum(officerRoles);
export type OfficerRole = z.infer<typeof officerRoleSchema>;

/** Every role a request or socket can act with. */
export const allRoles = ['kiosk', 'display', 'counter', 'agent', 'supervisor', 'admin'] as const;
export const anyRoleSchema = z.enum(allRoles);
export type AnyRole = z.infer<typeof anyRoleSchema>;

/**
 * An officer as configured. `passwordHash` is `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`;
 * `npm run server -- --hash-password` prints one. It never leaves the server.
 */
export const officerConfigSchema = z.object({
  id: idSchema,
  username: z
    .string()
    .min(2)
    .max(64)
    .regex(/^[a-z0-9._-]+$/, 'tên đăng nhập chỉ gồm chữ thường không dấu, số, . _ -'),
  name: z.string().min(1).max(200),
  roles: z.array(officerRoleSchema).min(1),
  passwordHash: z.string().regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/),
  /** Counters this officer may open; any counter when absent. */
  counterIds: z.array(idSchema).optional(),
  disabled: z.boolean().optional(),
});
export type OfficerConfig = z.infer<typeof officerConfigSchema>;

/** An officer as the wire shows it: no hash. */
export const officerSchema = officerConfigSchema.omit({ passwordHash: true });
export type Officer = z.infer<typeof officerSchema>;

/** A device known to the centre ahead of pairing (kiosk 3, display tầng 2...). */
export const configuredDeviceSchema = z.object({
  id: idSchema,
  role: deviceRoleSchema,
  name: z.string().min(1).max(100),
});
export type ConfiguredDevice = z.infer<typeof configuredDeviceSchema>;

/** A priority group (người cao tuổi, người khuyết tật...): local policy, recorded with a reason. */
export const priorityCategorySchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  /** Whether a kiosk may grant it by itself (citizen declares); else only officers grant it. */
  selfDeclared: z.boolean().optional(),
});
export type PriorityCategory = z.infer<typeof priorityCategorySchema>;

/**
 * How a counter picks between priority and normal tickets:
 * - `strict`: any priority ticket first (normal tickets can wait long on a busy day);
 * - `alternate`: after `normalPerPriority` normal calls, one priority call if any waits;
 * - `weighted`: a priority ticket counts as `priorityHeadStartMinutes` older than it is.
 * Default `alternate` with 3 : 1.
 */
export const callingPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('strict') }),
  z.object({ mode: z.literal('alternate'), normalPerPriority: z.number().int().min(1).max(50) }),
  z.object({
    mode: z.literal('weighted'),
    priorityHeadStartMinutes: z.number().int().min(0).max(600),
  }),
]);
export type CallingPolicy = z.infer<typeof callingPolicySchema>;
export const defaultCallingPolicy: CallingPolicy = { mode: 'alternate', normalPerPriority: 3 };

/** Queue rules the centre sets. Every field has the default named beside it. */
export const queuePolicySchema = z.object({
  calling: callingPolicySchema.optional(),
  /** A transferred ticket keeps its arrival place in the new queue; else it joins the end. Default true. */
  transferKeepsPlace: z.boolean().optional(),
  /** A ticket returned to the queue keeps its place; else it joins the end. Default true. */
  returnKeepsPlace: z.boolean().optional(),
  /**
   * Refuse tickets on every day the calendar marks closed (weekdays outside `workingWeekdays`
   * too). Default false: many centres receive citizens on Saturday mornings while keeping
   * Saturday out of the days that count towards return dates.
   */
  closedOnNonWorkingDays: z.boolean().optional(),
  /**
   * Take tickets on the calendar's public holidays (`calendar.holidays`, a make-up working day
   * excepted). Default false: a kiosk left on during Tết refuses tickets rather than queue
   * citizens nobody will call.
   */
  issueOnHolidays: z.boolean().optional(),
  /** Sign-in failures in a row that lock an account. Default 5. */
  maxSignInFailures: z.number().int().min(1).max(100).optional(),
  /** Minutes a locked account stays locked. Default 15. */
  lockoutMinutes: z.number().int().min(1).max(1440).optional(),
  /** Hours an officer session lasts. Default 12. */
  sessionHours: z.number().min(0.1).max(72).optional(),
});
export type QueuePolicy = z.infer<typeof queuePolicySchema>;

/** Appointment check-in rules. */
export const appointmentPolicySchema = z.object({
  /** Minutes before the slot a citizen may check in. Default 30. */
  checkInEarlyMinutes: z.number().int().min(0).max(600).optional(),
  /** Minutes after the slot start a citizen may still check in. Default 15. */
  checkInLateMinutes: z.number().int().min(0).max(600).optional(),
  /** Priority category a checked-in appointment's ticket gets; none (normal) when absent. */
  priorityCategoryId: idSchema.optional(),
});
export type AppointmentPolicy = z.infer<typeof appointmentPolicySchema>;
