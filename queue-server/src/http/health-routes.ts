import express, { type Router } from 'express';
import { ok, type Health } from '@openops/protocol';
import type { RestDeps } from './rest-deps';
import { send } from './reply';

export const healthRoutes = ({ queue, version, startedAt }: RestDeps): Router => {
  const router = express.Router();
  router.get('/health', (_request, response) => {
    const health: Health = {
      status: 'ok',
      version,
      businessDay: queue.today(),
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    send(response, ok(health));
  });
  return router;
};
