import express, { type Router } from 'express';
import { ok } from '@openops/protocol';
import type { RestDeps } from './rest-deps';
import { send } from './reply';

export const serviceRoutes = ({ config }: RestDeps): Router => {
  const router = express.Router();
  router.get('/services', (_request, response) => {
    send(response, ok(config.current().services));
  });
  return router;
};
