import { z } from 'zod';
import {
  centreInfoSchema,
  counterSchema,
  displayConfigSchema,
  idSchema,
  isoTimeSchema,
  serviceSchema,
  ticketNumberSchema,
  ticketStateSchema,
} from './entities';
import { deviceFaultSchema, deviceStateSchema } from './devices';
import { syncStatusSchema } from './sync';
import type { Reply } from './envelope';
import {
  configuredDeviceSchema,
  officerSchema,
  priorityCategorySchema,
  queuePolicySchema,
  serviceFieldSchema,
} from './centre-model';
import { calendarSchema } from './procedures';

/**
 * The supervisor's live floor: a namespace of its own (supervisors and admins only), so
 * counters, kiosks and displays never receive what only a supervisor may see.
 */
export const supervisorNamespace = '/supervisor';

/** Default minutes a citizen may wait before the floor view raises an alert. */
export const defaultWaitAlertMinutes = 20;

export const counterStateNames = ['open', 'paused', 'closed'] as const;
export const floorCounterStateSchema = z.enum(counterStateNames);

export const floorCounterSchema = z.object({
  counterId: idSchema,
  number: z.number().int().positive(),
  name: z.string(),
  zone: idSchema,
  state: floorCounterStateSchema,
  /** Why the counter is paused, when it is. */
  reason: z.string().nullable(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  current: z
    .object({
      ticketId: z.string(),
      number: ticketNumberSchema,
      serviceId: idSchema,
      state: ticketStateSchema,
      /** When the current step began: the call, or the start of service. */
      since: isoTimeSchema,
    })
    .nullable(),
});
export type FloorCounter = z.infer<typeof floorCounterSchema>;

export const floorServiceSchema = z.object({
  serviceId: idSchema,
  name: z.string(),
  waiting: z.number().int().nonnegative(),
  /** Seconds the longest-waiting ticket has waited; null when nobody waits. */
  longestWaitSeconds: z.number().int().nonnegative().nullable(),
  longestTicket: ticketNumberSchema.nullable(),
});
export type FloorService = z.infer<typeof floorServiceSchema>;

/**
 * The kinds of equipment the floor view watches. `counter` is a counter PC (the counter app's
 * socket); `rating-screen` a tablet showing a counter's rating page.
 */
export const floorDeviceKinds = [
  'kiosk',
  'display',
  'counter',
  'rating-screen',
  'printer',
  'scanner',
  'keypad',
] as const;
export const floorDeviceKindSchema = z.enum(floorDeviceKinds);
export type FloorDeviceKind = z.infer<typeof floorDeviceKindSchema>;

export const floorDeviceSchema = z.object({
  /**
   * `kiosk-1`, or `kiosk-1/printer` for hardware attached to it. Not unique alone: a rating page
   * opened in a counter PC's paired shell connects under the PC's id, so a row is known by its
   * `kind` and `id` together.
   */
  id: z.string(),
  kind: floorDeviceKindSchema,
  /** The kiosk, counter PC or display the hardware belongs to (never a rating page). */
  ownerId: z.string(),
  /**
   * The owner's name as the centre configured it ("Sảnh chờ tầng 1"), so a supervisor
   * recognises the screen or kiosk; for a rating screen, its counter's ("Màn hình đánh giá –
   * Quầy 3"); null for any other device the configuration does not name.
   */
  ownerName: z.string().nullable(),
  online: z.boolean(),
  /**
   * Whether the centre needs the device now: a kiosk or display while a ticket for some service
   * could be issued (the rule issuing applies: opening hours, public holidays only under
   * `issueOnHolidays`, other days off unless `closedOnNonWorkingDays`); a counter PC while
   * whoever last worked from it holds a counter open or paused; a rating screen while its counter is; hardware when its kiosk or PC is. An
   * offline device that is not needed is switched off as expected: shown as "Tắt", no alert.
   */
  needed: z.boolean(),
  state: deviceStateSchema.nullable(),
  faults: z.array(deviceFaultSchema),
  /** Last time the server heard of it; null when never (kept across server restarts). */
  lastSeen: isoTimeSchema.nullable(),
  /**
   * Since when it has been unreachable: its disconnect, or the server's start for one last
   * seen before a restart. Null while online, and for a device never seen.
   */
  offlineSince: isoTimeSchema.nullable(),
});
export type FloorDevice = z.infer<typeof floorDeviceSchema>;

/** What each kind of device is called, on the floor screen and in the floor's alerts. */
export const floorDeviceKindNames: Record<FloorDevice['kind'], { vi: string; en: string }> = {
  kiosk: { vi: 'Kiosk', en: 'Kiosk' },
  display: { vi: 'Màn hình', en: 'Display' },
  counter: { vi: 'Máy quầy', en: 'Counter PC' },
  'rating-screen': { vi: 'Màn hình đánh giá', en: 'Rating screen' },
  printer: { vi: 'Máy in', en: 'Printer' },
  scanner: { vi: 'Máy quét', en: 'Scanner' },
  keypad: { vi: 'Bàn phím đánh giá', en: 'Rating keypad' },
};

export const floorAlertKinds = [
  'long-wait',
  'device-fault',
  'device-offline',
  'sync-late',
  'sync-parked',
  'backup-failed',
  'service-without-counter',
] as const;
export const floorAlertSchema = z.object({
  /** Stable while the condition lasts, so a screen shows one alert per condition. */
  id: z.string(),
  kind: z.enum(floorAlertKinds),
  severity: z.enum(['warning', 'critical']),
  message: z.string(),
  messageEn: z.string(),
  since: isoTimeSchema,
});
export type FloorAlert = z.infer<typeof floorAlertSchema>;

/** `floor:view`: pushed on connect and within half a second of any change. */
export const floorViewSchema = z.object({
  at: isoTimeSchema,
  businessDay: z.string(),
  /** The centre's IANA time zone: screens show times in it, whatever the PC's own zone. */
  timeZone: z.string(),
  waitAlertMinutes: z.number().int().positive(),
  counters: z.array(floorCounterSchema),
  services: z.array(floorServiceSchema),
  devices: z.array(floorDeviceSchema),
  alerts: z.array(floorAlertSchema),
  /** How records reach OpenOPS, read at most every 10 s; null on a server without sync. */
  sync: syncStatusSchema.nullable(),
});
export type FloorView = z.infer<typeof floorViewSchema>;

/** `PUT /api/v1/floor/settings`: the wait that raises an alert, in minutes (1 to 240). */
export const floorSettingsSchema = z.object({
  waitAlertMinutes: z.number().int().min(1).max(240),
});
export type FloorSettings = z.infer<typeof floorSettingsSchema>;

type Ack<T> = (reply: Reply<T>) => void;

export type SupervisorServerEvents = {
  'floor:view': (view: FloorView) => void;
};

export type SupervisorClientEvents = {
  /** Asks for the view now (a screen that just opened, or after a reconnect). */
  'floor:get': (payload: unknown, ack: Ack<FloorView>) => void;
};

/** `GET /api/v1/audit`: who changed what in the configuration, newest first. */
export const auditEntrySchema = z.object({
  id: z.number().int().positive(),
  at: isoTimeSchema,
  actor: z.string(),
  /** The part of the configuration: `services`, `counters`, `officers`... */
  section: z.string(),
  /** What was done, e.g. `update`. */
  action: z.string(),
  /** Ids of the entries added, removed or changed in the section. */
  summary: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Parts of the centre configuration a supervisor edits whole: `PUT /api/v1/config/<section>`
 * with the section's new value. The whole configuration is validated before it is written.
 * Procedures have their own editor (`PUT /api/v1/procedures/:id`).
 */
export const configSections = [
  'centre',
  'services',
  'fields',
  'counters',
  'officers',
  'displays',
  'devices',
  'priorityCategories',
  'queuePolicy',
  'calendar',
] as const;
export const configSectionSchema = z.enum(configSections);
export type ConfigSection = z.infer<typeof configSectionSchema>;

/**
 * An officer as the configuration screen sends it: never a hash. `password` (8 to 200
 * characters) sets a new one; without it an existing officer keeps theirs, and a new officer
 * must have one.
 */
export const officerEditSchema = officerSchema.extend({
  password: z.string().min(8).max(200).optional(),
});
export type OfficerEdit = z.infer<typeof officerEditSchema>;

/** `GET /api/v1/config` and each `PUT /api/v1/config/:section` answer: no hashes, no sync keys. */
export const editableConfigSchema = z.object({
  centre: centreInfoSchema,
  services: z.array(serviceSchema),
  fields: z.array(serviceFieldSchema),
  counters: z.array(counterSchema),
  officers: z.array(officerSchema),
  displays: z.array(displayConfigSchema),
  devices: z.array(configuredDeviceSchema),
  priorityCategories: z.array(priorityCategorySchema),
  queuePolicy: queuePolicySchema,
  calendar: calendarSchema,
  procedures: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  /**
   * Each section's revision, to send back as `If-Match` with `PUT /config/:section`: a section
   * saved by somebody else meanwhile is then refused (`conflict`) instead of overwritten.
   */
  revisions: z.record(configSectionSchema, z.string()),
});
export type EditableConfig = z.infer<typeof editableConfigSchema>;
