import { z } from 'zod';
import { priorityCategorySchema, serviceFieldSchema } from './centre-model';
import { sentAtSchema } from './action-timing';
import { centreInfoSchema, idSchema, serviceSchema, counterSchema } from './entities';

/** Cap on any inbound message (REST body or socket packet), in bytes. */
export const maxMessageBytes = 64 * 1024;

export const issueTicketBodySchema = z.object({
  serviceId: idSchema,
  /** A priority category from the centre's configuration; normal ticket when absent. */
  priorityCategoryId: idSchema.optional(),
  /** Why priority was granted (shown in the audit trail). */
  priorityReason: z.string().trim().max(200).optional(),
  /** When the kiosk sent it (see `sentAtSchema`): one held up past the kiosk's wait is refused. */
  sentAt: sentAtSchema,
});
export type IssueTicketBody = z.infer<typeof issueTicketBodySchema>;

export const callNextBodySchema = z.object({
  counterId: idSchema,
  sentAt: sentAtSchema,
});
export type CallNextBody = z.infer<typeof callNextBodySchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  businessDay: z.string(),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof healthSchema>;

export const centreSnapshotSchema = z.object({
  centre: centreInfoSchema,
  services: z.array(serviceSchema),
  counters: z.array(counterSchema),
  /** Fields (lĩnh vực) grouping services on the kiosk menu; flat menu when absent. */
  fields: z.array(serviceFieldSchema).optional(),
  /** Priority groups; the kiosk offers those with `selfDeclared`. */
  priorityCategories: z.array(priorityCategorySchema).optional(),
  /**
   * Whether the centre sends text messages (an SMS gateway is configured): the kiosk and the
   * counter offer texts only then. Absent from servers older than this field: not offered.
   */
  smsNotifications: z.boolean().optional(),
});
export type CentreSnapshot = z.infer<typeof centreSnapshotSchema>;
