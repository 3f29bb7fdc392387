import { z } from 'zod';
import {
  auditEntrySchema,
  backupListSchema,
  backupSchema,
  configSectionSchema,
  editableConfigSchema,
  floorSettingsSchema,
  floorViewSchema,
  reportSchema,
  type AnyRole,
} from '@openops/protocol';

const supervisors: AnyRole[] = ['supervisor', 'admin'];

/** The supervisor area's routes (floor, report, config routes) for the OpenAPI document. */
export const supervisorOperations = [
  {
    method: 'get',
    path: '/floor',
    summary:
      'Live floor: counters, queues with the longest wait, devices, alerts (pushed on /supervisor)',
    roles: supervisors,
    data: floorViewSchema,
  },
  {
    method: 'get',
    path: '/floor/settings',
    summary: 'The wait (minutes) that raises an alert',
    roles: supervisors,
    data: floorSettingsSchema,
  },
  {
    method: 'put',
    path: '/floor/settings',
    summary: 'Set the wait alert threshold (audited)',
    roles: supervisors,
    body: floorSettingsSchema,
    data: floorSettingsSchema,
  },
  {
    method: 'get',
    path: '/reports',
    summary: 'Report for ?from=&to= (business days) [&serviceId=&counterId=&officerId=]',
    roles: supervisors,
    data: reportSchema,
  },
  {
    method: 'get',
    path: '/reports/export',
    summary:
      'Report file: &format=csv|xlsx&table=summary|hours|satisfaction, with the report query',
    roles: supervisors,
    data: z.string().describe('text/csv (UTF-8 with BOM) or an XLSX workbook'),
  },
  {
    method: 'get',
    path: '/config',
    summary: 'The editable configuration (no password hashes, no sync keys)',
    roles: supervisors,
    data: editableConfigSchema,
  },
  {
    method: 'put',
    path: '/config/{section}',
    summary: `Replace one section (${configSectionSchema.options.join(', ')}); validated whole, audited`,
    roles: supervisors,
    body: z.unknown(),
    data: editableConfigSchema,
  },
  {
    method: 'get',
    path: '/audit',
    summary: 'Who changed what in the configuration, newest first: ?limit= (default 100)',
    roles: supervisors,
    data: z.array(auditEntrySchema),
  },
  {
    method: 'get',
    path: '/backups',
    summary: 'The daily copies of the store and configuration kept, newest first',
    roles: supervisors,
    data: backupListSchema,
  },
  {
    method: 'post',
    path: '/backups',
    summary: "Take today's copy now (replacing an earlier one of today); audited",
    roles: supervisors,
    data: backupSchema,
    success: 201,
  },
] as const satisfies ReadonlyArray<{
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  roles: readonly AnyRole[];
  body?: z.ZodType;
  data: z.ZodType;
  success?: number;
}>;
