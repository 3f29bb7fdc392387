import express, { type Response, type Router } from 'express';
import {
  dossierCodeBodySchema,
  listDossiersQuerySchema,
  parseInput,
  receiveDossierBodySchema,
  requestSupplementBodySchema,
  ticketNotifyBodySchema,
  type ReceiveDossierBody,
} from '@openops/protocol';
import type { DossierArea } from '../dossiers/dossier-area';
import { principalOfResponse, requireOfficer, requireRoles } from './auth-middleware';
import { send } from './reply';

/**
 * Who a dossier's history records: the signed-in officer; null for an open demo's anonymous
 * caller, who has no account (`requireOfficer` lets no device through).
 */
const actorOf = (response: Response): string | null => {
  const principal = principalOfResponse(response);
  return principal?.kind === 'officer' ? principal.officerId : null;
};

/**
 * The receiving officer's name, which the receipt prints, the sync sends (`CanBoTiepNhan`) and
 * the per-officer report counts by: the signed-in account's, whatever the body says. Only an
 * open demo's anonymous caller, who has no account, names the officer in the body.
 */
const receivedBy = (response: Response, body: ReceiveDossierBody): ReceiveDossierBody => {
  const principal = principalOfResponse(response);
  return principal?.kind === 'officer' ? { ...body, officerName: principal.name } : body;
};

/**
 * Dossiers over REST, `/api/v1/dossiers...`, and the SMS opt-in for a ticket. The counter app
 * uses the socket events of the same names; these serve integrations and the kiosk lookup.
 */
export const dossierRoutes = ({ dossiers, sync }: DossierArea): Router => {
  const router = express.Router();
  // Dossiers carry personal data: officers only, not a paired counter PC. The lookup shows no
  // personal data: kiosks too.
  const officers = requireOfficer;
  const anyDevice = requireRoles('kiosk', 'counter', 'supervisor', 'admin');

  router.post('/dossiers', officers, (request, response) => {
    const parsed = parseInput(receiveDossierBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    const reply = dossiers.receive(receivedBy(response, parsed.value), actorOf(response));
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
    const reply = dossiers.requestSupplement(parsed.value, actorOf(response));
    if (reply.ok) sync.worker.wake();
    return send(response, reply);
  });

  const action = (
    path: string,
    run: (code: string, actor: string | null) => ReturnType<typeof dossiers.markProcessed>,
  ): void => {
    router.post(`/dossiers/:code/${path}`, officers, (request, response) => {
      const parsed = parseInput(dossierCodeBodySchema, { code: request.params.code });
      if (!parsed.ok) return send(response, parsed);
      const reply = run(parsed.value.code, actorOf(response));
      if (reply.ok) sync.worker.wake();
      return send(response, reply);
    });
  };
  action('supplement-received', (code, actor) => dossiers.supplementReceived(code, actor));
  action('processed', (code, actor) => dossiers.markProcessed(code, actor));
  action('returned', (code, actor) => dossiers.markReturned(code, actor));

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
