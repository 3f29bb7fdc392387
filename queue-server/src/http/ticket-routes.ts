import express, { type Router } from 'express';
import {
  cancelTicketBodySchema,
  fail,
  issueTicketBodySchema,
  listTicketsQuerySchema,
  ok,
  parseInput,
  type TicketLookup,
} from '@openops/protocol';
import { actorForPrincipal, demoActor } from '../queue/actor';
import { actorIdOf } from '../auth/security';
import type { RestDeps } from './rest-deps';
import { send } from './reply';
import { isOfficer, principalOfResponse, requireOfficer, requireRoles } from './auth-middleware';
import { publicTicketLookup } from './ticket-lookup-view';

export const ticketRoutes = ({ queue, config }: RestDeps): Router => {
  const router = express.Router();

  router.post(
    '/tickets',
    requireRoles('kiosk', 'counter', 'supervisor', 'admin'),
    (request, response) => {
      const parsed = parseInput(issueTicketBodySchema, request.body);
      if (!parsed.ok) return send(response, parsed);
      const principal = principalOfResponse(response);
      const reply = queue.issueTicket(
        parsed.value.serviceId,
        principal && principal.kind !== 'demo' ? actorIdOf(principal) : null,
        {
          priorityCategoryId: parsed.value.priorityCategoryId,
          priorityReason: parsed.value.priorityReason,
          grantedByOfficer: principal?.kind === 'officer',
        },
      );
      return send(response, reply, 201);
    },
  );

  router.get('/tickets', requireOfficer, (request, response) => {
    const parsed = parseInput(listTicketsQuerySchema, request.query);
    if (!parsed.ok) return send(response, parsed);
    return send(response, ok(queue.listTickets(parsed.value)));
  });

  // Public: the id is a random UUID printed as the ticket's QR, so holding it is the permission
  // to follow the ticket. A slip is thrown away in the hall, though: only officers read who
  // acted and why (publicTicketLookup).
  router.get('/tickets/:ticketId', (request, response) => {
    const reply = queue.ticketWithEvents(request.params.ticketId);
    if (!reply.ok) return send(response, reply);
    const { ticket } = reply.data;
    const lookup: TicketLookup = {
      ...reply.data,
      position: ticket.state === 'waiting' ? queue.positionOf(ticket) : null,
    };
    return send(
      response,
      ok(isOfficer(principalOfResponse(response)) ? lookup : publicTicketLookup(lookup)),
    );
  });

  router.post('/tickets/:ticketId/cancel', requireOfficer, (request, response) => {
    const parsed = parseInput(cancelTicketBodySchema, {
      ...(typeof request.body === 'object' && request.body !== null ? request.body : {}),
      ticketId: request.params.ticketId,
    });
    if (!parsed.ok) return send(response, parsed);
    const principal = principalOfResponse(response);
    if (!principal) return send(response, fail('unauthorized', 'Chưa đăng nhập (not signed in)'));
    const actor =
      principal.kind === 'demo' ? demoActor(null) : actorForPrincipal(principal, config.current());
    return send(
      response,
      queue.counterOps.cancel(parsed.value.ticketId, parsed.value.reason, actor),
    );
  });
  return router;
};
