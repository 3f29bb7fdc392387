import { z } from 'zod';
import { checkCentreModel } from './centre-model-checks';
import {
  appointmentPolicySchema,
  configuredDeviceSchema,
  officerConfigSchema,
  priorityCategorySchema,
  queuePolicySchema,
  serviceFieldSchema,
  calendarSchema,
  centreInfoSchema,
  counterSchema,
  displayConfigSchema,
  procedureSchema,
  serviceSchema,
  syncConfigSchema,
} from '@openops/protocol';

export const centreConfigSchema = z
  .object({
    version: z.literal(1),
    centre: centreInfoSchema,
    services: z.array(serviceSchema).min(1),
    counters: z.array(counterSchema),
    displays: z.array(displayConfigSchema),
    /** The receiving agency's electronic identifier, the first part of every dossier code. */
    agencyCode: z
      .string()
      .regex(/^[0-9A-Z]+(\.[0-9A-Z]+)*$/)
      .max(35),
    calendar: calendarSchema,
    procedures: z.array(procedureSchema),
    /** Sync with OpenOPS backends (docs/sync-contract.md); absent: records wait in the outbox. */
    sync: syncConfigSchema.optional(),
    /** Fields (lĩnh vực) grouping services; services name theirs with `fieldId`. Default none. */
    fields: z.array(serviceFieldSchema).optional(),
    /** People who sign in: counter officers, supervisors, admins. Default none. */
    officers: z.array(officerConfigSchema).optional(),
    /** Devices known ahead of pairing; a pairing request for another id is still accepted. */
    devices: z.array(configuredDeviceSchema).optional(),
    /** Priority groups; tickets name one with `priorityCategoryId`. Default none. */
    priorityCategories: z.array(priorityCategorySchema).optional(),
    queuePolicy: queuePolicySchema.optional(),
    appointments: appointmentPolicySchema.optional(),
  })
  .superRefine((config, context) => {
    checkCentreModel(config, context);
    const serviceIds = new Set<string>();
    const prefixes = new Set<string>();
    config.services.forEach((service, index) => {
      if (serviceIds.has(service.id)) {
        context.addIssue({
          code: 'custom',
          path: ['services', index, 'id'],
          message: `mã dịch vụ trùng: ${service.id}`,
        });
      }
      if (prefixes.has(service.prefix)) {
        context.addIssue({
          code: 'custom',
          path: ['services', index, 'prefix'],
          message: `tiền tố trùng: ${service.prefix}`,
        });
      }
      serviceIds.add(service.id);
      prefixes.add(service.prefix);
    });
    const counterIds = new Set<string>();
    // Displays announce a call by the counter's number ("mời ... đến quầy số 1"): two counters
    // with one number would send citizens to the wrong one.
    const counterNumbers = new Set<number>();
    config.counters.forEach((counter, index) => {
      if (counterIds.has(counter.id)) {
        context.addIssue({
          code: 'custom',
          path: ['counters', index, 'id'],
          message: `mã quầy trùng: ${counter.id}`,
        });
      }
      if (counterNumbers.has(counter.number)) {
        context.addIssue({
          code: 'custom',
          path: ['counters', index, 'number'],
          message: `số quầy trùng: ${counter.number}`,
        });
      }
      counterIds.add(counter.id);
      counterNumbers.add(counter.number);
      counter.serviceIds.forEach((serviceId, serviceIndex) => {
        if (!serviceIds.has(serviceId)) {
          context.addIssue({
            code: 'custom',
            path: ['counters', index, 'serviceIds', serviceIndex],
            message: `dịch vụ không tồn tại: ${serviceId}`,
          });
        }
      });
    });
  });

export type CentreConfig = z.infer<typeof centreConfigSchema>;
