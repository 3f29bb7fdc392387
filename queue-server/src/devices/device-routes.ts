import express, { type Router } from 'express';
import {
  armKeypadRequestSchema,
  createPrintJobBodySchema,
  fail,
  ok,
  parseInput,
  printJobsQuerySchema,
  type PrintJobRecord,
  type Reply,
} from '@openops/protocol';
import { parsePaperWidth } from '@openops/hardware/paper';
import { requireRoles } from '../http/auth-middleware';
import { send } from '../http/reply';
import type { PrintDispatcher } from '../realtime/print-dispatcher';
import type { DeviceHub } from './device-hub';
import type { KeypadDispatcher } from './keypad-dispatcher';

/**
 * - `GET /devices/health`: every kiosk's and counter's hardware as its agent last reported it
 * - `GET /devices/:deviceId/printer-status`
 * - `GET /print-jobs?deviceId=&state=&limit=`, `GET /print-jobs/:jobId`
 * - `POST /print-jobs` `{deviceId, document}` and `POST /print-jobs/:jobId/reprint`: answer
 *   201 with the job once it printed, failed (with its coded reason) or was queued for a
 *   printer that is not connected
 * - `GET /print-jobs/:jobId/preview.png?paper=80|58`: the PNG of exactly what the printer is sent
 *   (paper default: what the device's printer announced, else 80 mm)
 * - `POST /devices/keypad-arms` (an `ArmKeypadRequest`): arm a counter's keypad, e.g. to test it;
 *   the press comes back to the counter as `keypad:rated`
 * Counter officers, supervisors and admins; a printer's status, kiosks too.
 */
export const deviceRoutes = (
  printer: PrintDispatcher,
  devices: DeviceHub,
  keypads: KeypadDispatcher,
): Router => {
  const router = express.Router();
  const settled = async (
    jobId: string,
    done: Promise<Reply<PrintJobRecord>>,
  ): Promise<Reply<PrintJobRecord>> => {
    await done;
    const record = printer.jobs.get(jobId);
    return record ? ok(record) : fail('not-found', 'Không có lệnh in này / no such print job');
  };

  // Print jobs hold citizens' names, phone numbers and ID numbers (dossier receipts), and a
  // job or a keypad arm acts on the centre's hardware: the centre's staff only.
  const staff = requireRoles('counter', 'supervisor', 'admin');
  router.use(['/devices/health', '/devices/keypad-arms', '/print-jobs'], staff);
  router.get('/devices/health', (_request, response) => send(response, ok(devices.reports())));
  router.use(
    '/devices/:deviceId/printer-status',
    requireRoles('kiosk', 'counter', 'supervisor', 'admin'),
  );
  router.get('/devices/:deviceId/printer-status', (request, response) =>
    send(response, ok(devices.printerStatus(request.params.deviceId))),
  );
  router.get('/print-jobs', (request, response) => {
    const query = parseInput(printJobsQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(response, ok(printer.jobs.list(query.value)));
  });
  router.get('/print-jobs/:jobId', (request, response) => {
    const record = printer.jobs.get(request.params.jobId);
    send(
      response,
      record ? ok(record) : fail('not-found', 'Không có lệnh in này / no such print job'),
    );
  });
  router.get('/print-jobs/:jobId/preview.png', async (request, response) => {
    const record = printer.jobs.get(request.params.jobId);
    if (!record)
      return send(response, fail('not-found', 'Không có lệnh in này / no such print job'));
    const announced = devices
      .reports()
      .find((report) => report.deviceId === record.deviceId)
      ?.devices.find((device) => device.kind === 'printer')?.uri;
    const asked = typeof request.query.paper === 'string' ? request.query.paper : null;
    const paper = parsePaperWidth(asked ?? /[?&]paper=(\d+)/.exec(announced ?? '')?.[1]);
    if (paper === null)
      return send(
        response,
        fail('bad-request', 'paper phải là 80 hoặc 58 / paper must be 80 or 58'),
      );
    // Loaded on the first preview: the rasteriser's native canvas is about a third of what
    // the server would otherwise hold in memory, and most days nobody asks for a preview.
    const { renderDocument, renderPreview } = await import('@openops/hardware/render');
    const png = renderPreview(renderDocument(record.document, paper), paper);
    response.type('png').send(png);
    return undefined;
  });
  router.post('/print-jobs', async (request, response) => {
    const body = parseInput(createPrintJobBodySchema, request.body);
    if (!body.ok) return send(response, body);
    const { jobId, done } = printer.submit(body.value.deviceId, body.value.document);
    return send(response, await settled(jobId, done), 201);
  });
  router.post('/print-jobs/:jobId/reprint', async (request, response) => {
    const { jobId } = request.params;
    const reply = await printer.reprint(jobId);
    // A refusal (unknown job, already queued) is the answer; a print failure is in the job.
    if (
      !reply.ok &&
      reply.error.code !== 'printer-offline' &&
      reply.error.code !== 'printer-fault'
    ) {
      return send(response, reply);
    }
    return send(response, await settled(jobId, Promise.resolve(reply)), 201);
  });
  router.post('/devices/keypad-arms', async (request, response) => {
    const body = parseInput(armKeypadRequestSchema, request.body);
    if (!body.ok) return send(response, body);
    return send(response, await keypads.arm(body.value), 201);
  });
  return router;
};
