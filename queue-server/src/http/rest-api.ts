import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { fail, maxMessageBytes } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { RestDeps } from './rest-deps';
import { send } from './reply';
import { healthRoutes } from './health-routes';
import { serviceRoutes } from './service-routes';
import { ticketRoutes } from './ticket-routes';
import { counterRoutes } from './counter-routes';
import { authenticate } from './auth-middleware';
import { sessionRoutes } from './session-routes';
import { appointmentRoutes } from './appointment-routes';
import { pairingRoutes } from './pairing-routes';
import { openApiRoutes } from './openapi-routes';

export type { RestDeps } from './rest-deps';

const log = createLogger('rest');

/**
 * REST API v1. Each resource has its own router file (`<resource>-routes.ts`) mounted here;
 * every body is parsed with the shared schema and every answer is an envelope.
 */
export const restApi = (deps: RestDeps, extraRouters: readonly Router[] = []): Router => {
  const router = express.Router();
  router.use(express.json({ limit: maxMessageBytes }));
  router.use(authenticate(deps.security));

  router.use(healthRoutes(deps));
  router.use(openApiRoutes(deps));
  router.use(sessionRoutes(deps));
  router.use(serviceRoutes(deps));
  router.use(ticketRoutes(deps));
  router.use(counterRoutes(deps));
  router.use(appointmentRoutes(deps));
  router.use(pairingRoutes(deps));
  extraRouters.forEach((extra) => router.use(extra));

  router.use((_request, response) => {
    send(response, fail('not-found', 'Không có đường dẫn API này'));
  });

  // Express recognises error middleware by its four parameters.
  router.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      return send(response, fail('payload-too-large', 'Dữ liệu gửi lên quá lớn'));
    }
    if (type === 'entity.parse.failed') {
      return send(response, fail('bad-request', 'Nội dung không phải JSON hợp lệ'));
    }
    log.error('request failed', { error: (error as Error).message });
    return send(response, fail('internal', 'Lỗi máy chủ, vui lòng thử lại'));
  });

  return router;
};
