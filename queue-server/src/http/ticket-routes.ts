import express, { type Router } from 'express';
import { issueTicketBodySchema, parseInput } from '@openops/protocol';
import type { RestDeps } from './rest-deps';
import { send } from './reply';

export const ticketRoutes = ({ queue, onChange }: RestDeps): Router => {
  const router = express.Router();
  router.post('/tickets', (request, response) => {
    const parsed = parseInput(issueTicketBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    const reply = queue.issueTicket(parsed.value.serviceId, null);
    if (reply.ok) onChange({ kind: 'ticket-issued' });
    return send(response, reply, 201);
  });
  return router;
};
