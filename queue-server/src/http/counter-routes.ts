import express, { type Router } from 'express';
import { callNextBodySchema, ok, parseInput } from '@openops/protocol';
import type { RestDeps } from './rest-deps';
import { send } from './reply';

export const counterRoutes = ({ queue, config, onChange }: RestDeps): Router => {
  const router = express.Router();
  router.get('/counters', (_request, response) => {
    send(response, ok(config.current().counters));
  });
  router.post('/counters/:counterId/call-next', (request, response) => {
    const parsed = parseInput(callNextBodySchema, { counterId: request.params.counterId });
    if (!parsed.ok) return send(response, parsed);
    const reply = queue.callNext(parsed.value.counterId, null);
    if (reply.ok) onChange({ kind: 'call-made', call: reply.data });
    return send(response, reply);
  });
  return router;
};
