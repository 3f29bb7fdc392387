import express, { type Router } from 'express';
import {
  dossierCodeBodySchema,
  listDossiersQuerySchema,
  parseInput,
  receiveDossierBodySchema,
  requestSupplementBodySchema,
  ticketNotifyBodySchema,
} from '@openops/protocol';
import type { DossierArea } from '../dossiers/dossier-area';
import { requireRoles } from './auth-middleware';
import { send } from './reply';

/**
 * Dossiers over REST, `/api/v1/dossiers...`, and the SMS opt-in for a ticket. The counter app
 * uses the socket events of the same names; these serve integrations and the kiosk lookup.
 */
export const dossierRoutes = ({ dossiers, sync }: DossierArea): Router => {
  const router = express.Router();
  // Dossiers carry personal data: officers only. The lookup shows no personal data: kiosks too.
  const officers = requireRoles('counter', 'supervisor', 'admin');
  const anyDevice = requireRoles('kiosk', 'counter', 'supervisor', 'admin');

  router.post('/dossiers', officers, (request, response) => {
    const parsed = parseInput(receiveDossierBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    const reply = dossiers.receive(parsed.value, null);
    if (reply.ok) sync.worker.wake();
    return send(response, reply, 201);
  });

  router.get('/dossiers', officers, (request, response) => {
    const parsed = parseInput(listDossiersQuerySchema, request.query);
    if (!parsed.ok) return send(response, parsed);
    return send(response, dossiers.list(parsed.value));
  });

  router.get('/dossiers/:code', officers, (request, response) => {
    const parsed = parseInput(dossierCodeBodySchema, { code: request.params.code });
    if (!parsed.ok) return send(response, parsed);
    return send(response, dossiers.get(parsed.value.code));
  });

  router.get('/dossiers/:code/lookup', anyDevice, async (request, response) => {
    const parsed = parseInput(dossierCodeBodySchema, { code: request.params.code });
    if (!parsed.ok) return send(response, parsed);
    return send(response, await dossiers.lookup(parsed.value.code));
  });

  router.post('/dossiers/:code/supplement', officers, (request, response) => {
    const body: unknown = request.body;
    const parsed = parseInput(requestSupplementBodySchema, {
      ...(typeof body === 'object' && body !== null ? body : {}),
      code: request.params.code,
    });
    if (!parsed.ok) return send(response, parsed);
    const reply = dossiers.requestSupplement(parsed.value, null);
    if (reply.ok) sync.worker.wake();
    return send(response, reply);
  });

  const action = (
    path: string,
    run: (code: string) => ReturnType<typeof dossiers.markProcessed>,
  ): void => {
    router.post(`/dossiers/:code/${path}`, officers, (request, response) => {
      const parsed = parseInput(dossierCodeBodySchema, { code: request.params.code });
      if (!parsed.ok) return send(response, parsed);
      const reply = run(parsed.value.code);
      if (reply.ok) sync.worker.wake();
      return send(response, reply);
    });
  };
  action('supplement-received', (code) => dossiers.supplementReceived(code, null));
  action('processed', (code) => dossiers.markProcessed(code, null));
  action('returned', (code) => dossiers.markReturned(code, null));

  router.post('/tickets/:ticketId/notify', anyDevice, (request, response) => {
    const body: unknown = request.body;
    const parsed = parseInput(ticketNotifyBodySchema, {
      ...(typeof body === 'object' && body !== null ? body : {}),
      ticketId: request.params.ticketId,
    });
    if (!parsed.ok) return send(response, parsed);
    return send(
      response,
      sync.notifier.watchTicket(parsed.value.ticketId, parsed.value.phone),
      201,
    );
  });

  return router;
};
