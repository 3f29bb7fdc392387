import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import {
  callNextBodySchema,
  fail,
  issueTicketBodySchema,
  maxMessageBytes,
  ok,
  parseInput,
  type Call,
  type Health,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { QueueService } from '../queue/queue-service';
import type { CentreConfigStore } from '../config/centre-config-store';
import { httpStatusOf } from './http-status';

const log = createLogger('rest');

export type RestDeps = {
  queue: QueueService;
  config: CentreConfigStore;
  version: string;
  startedAt: number;
  /** Called after any change so live clients see it. */
  onChange: (change: { kind: 'ticket-issued' } | { kind: 'call-made'; call: Call }) => void;
};

const send = <T>(response: Response, reply: Reply<T>, successStatus = 200): void => {
  response.status(reply.ok ? successStatus : httpStatusOf(reply.error.code)).json(reply);
};

/** REST API v1. Every body is parsed with the shared schema; every answer is an envelope. */
export const restApi = ({ queue, config, version, startedAt, onChange }: RestDeps): Router => {
  const router = express.Router();
  router.use(express.json({ limit: maxMessageBytes }));

  router.get('/health', (_request, response) => {
    const health: Health = {
      status: 'ok',
      version,
      businessDay: queue.today(),
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    send(response, ok(health));
  });

  router.get('/services', (_request, response) => {
    send(response, ok(config.current().services));
  });

  router.get('/counters', (_request, response) => {
    send(response, ok(config.current().counters));
  });

  router.post('/tickets', (request, response) => {
    const parsed = parseInput(issueTicketBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    const reply = queue.issueTicket(parsed.value.serviceId, null);
    if (reply.ok) onChange({ kind: 'ticket-issued' });
    return send(response, reply, 201);
  });

  router.post('/counters/:counterId/call-next', (request, response) => {
    const parsed = parseInput(callNextBodySchema, { counterId: request.params.counterId });
    if (!parsed.ok) return send(response, parsed);
    const reply = queue.callNext(parsed.value.counterId, null);
    if (reply.ok) onChange({ kind: 'call-made', call: reply.data });
    return send(response, reply);
  });

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
