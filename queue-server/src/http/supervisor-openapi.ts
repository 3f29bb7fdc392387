import { z } from 'zod';
import {
  auditEntrySchema,
  auditQuerySchema,
  backupListSchema,
  backupSchema,
  configSections,
  editableConfigSchema,
  floorSettingsSchema,
  floorViewSchema,
  officerEditSchema,
  reportFormatSchema,
  reportQuerySchema,
  reportOfficerSchema,
  reportSchema,
  reportTableSchema,
  type AnyRole,
} from '@openops/protocol';
import type { Operation } from './openapi-document';

/** What `supervisorGuard` admits: supervisor and admin sessions (on an open demo, a named actor). */
const supervisors: AnyRole[] = ['supervisor', 'admin'];

/**
 * What `PUT /config/:section` parses, by section (config-routes.ts): the section as
 * `GET /config` shows it, except officers, who may carry a new password.
 */
const sectionBody = z
  .union(
    configSections.map((section) =>
      section === 'officers' ? z.array(officerEditSchema) : editableConfigSchema.shape[section],
    ),
  )
  .describe("The section's new value, whole: the section's schema in GET /config");

/** The supervisor area's routes (floor, report, config, backup routes) for the OpenAPI document. */
export const supervisorOperations: readonly Operation[] = [
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
    summary: 'The figures of a period of business days (both ends included, at most 366 days)',
    roles: supervisors,
    query: reportQuerySchema,
    data: reportSchema,
  },
  {
    method: 'get',
    path: '/reports/officers',
    summary:
      'The officers a report can be filtered by: the configured ones, then every one removed since (their records keep counting)',
    roles: supervisors,
    data: z.array(reportOfficerSchema),
  },
  {
    method: 'get',
    path: '/reports/export',
    summary: 'The report as a file, sent as an attachment: CSV (one table) or XLSX (every table)',
    roles: supervisors,
    // report-routes.ts parses the report query, then `format` and `table` with these defaults.
    query: reportQuerySchema.safeExtend({
      format: reportFormatSchema.default('xlsx'),
      table: reportTableSchema.default('summary').describe('The table a CSV holds'),
    }),
    raw: {
      'text/csv; charset=utf-8': z.string().describe('UTF-8 with a byte order mark'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'binary',
    },
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
    summary: `Replace one section (${configSections.join(', ')}); the whole configuration is validated, the change audited; 409 conflict when it would remove a counter or service the day's queue still uses, or when an If-Match header names a revision of the section (from GET /config's revisions) that somebody else's save has since replaced. Officers: a supervisor who is not an admin manages counter officers (adds them with a password, edits, assigns counters, grants roles up to supervisor, disables, removes) and their own account; granting or removing admin, changing or removing an admin's or another supervisor's account, or setting an existing officer's password other than their own is refused, 403 forbidden, with an issue per row ('<index>.<field>', or the id of a dropped officer)`,
    roles: supervisors,
    body: sectionBody,
    data: editableConfigSchema,
  },
  {
    method: 'get',
    path: '/audit',
    summary: 'Who changed what in the configuration, newest first',
    roles: supervisors,
    query: auditQuerySchema,
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
];
