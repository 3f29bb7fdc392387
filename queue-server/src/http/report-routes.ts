import express, { type Router } from 'express';
import {
  ok,
  parseInput,
  reportFormatSchema,
  reportQuerySchema,
  reportTableSchema,
} from '@openops/protocol';
import { z } from 'zod';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import type { ReportService } from '../reports/report-service';
import { reportCsv, reportXlsx } from '../reports/report-export';
import { send } from './reply';

const exportQuerySchema = z.object({
  format: reportFormatSchema.default('xlsx'),
  table: reportTableSchema.default('summary'),
});

/**
 * `GET /reports?from=&to=[&serviceId=&counterId=&officerId=]`: the figures as JSON;
 * `GET /reports/export?format=csv|xlsx[&table=summary|hours|satisfaction]` plus the same query:
 * the file (CSV one table, XLSX every table), with `Content-Length` so a screen shows progress;
 * `GET /reports/officers`: the officers a report can be filtered by, removed ones included.
 * Supervisors and admins only.
 */
export const reportRoutes = (
  reports: ReportService,
  guard: SupervisorGuard = supervisorGuard,
): Router => {
  const router = express.Router();
  router.get('/reports', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const query = parseInput(reportQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(response, ok(reports.report(query.value)));
  });
  router.get('/reports/officers', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    return send(response, ok(reports.officers()));
  });
  router.get('/reports/export', async (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const { format, table, ...rest } = request.query;
    const query = parseInput(reportQuerySchema, rest);
    if (!query.ok) return send(response, query);
    const options = parseInput(exportQuerySchema, { format, table });
    if (!options.ok) return send(response, options);
    const report = reports.report(query.value);
    const name = `bao-cao-${query.value.from}-${query.value.to}`;
    const file =
      options.value.format === 'csv'
        ? reportCsv(report, options.value.table)
        : await reportXlsx(report);
    response
      .status(200)
      .set({
        'content-type':
          options.value.format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-length': String(file.length),
        'content-disposition': `attachment; filename="${name}${options.value.format === 'csv' ? `-${options.value.table}.csv` : '.xlsx'}"`,
      })
      .end(file);
    return undefined;
  });
  return router;
};
