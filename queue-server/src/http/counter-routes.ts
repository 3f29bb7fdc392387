import express, { type Response, type Router } from 'express';
import {
  callTicketBodySchema,
  counterActionBodySchema,
  fail,
  ok,
  parseInput,
  pauseCounterBodySchema,
  transferBodySchema,
  type Reply,
} from '@openops/protocol';
import type { z } from 'zod';
import { actorForPrincipal, demoActor, type Actor } from '../queue/actor';
import type { RestDeps } from './rest-deps';
import { afterFlush } from '../queue/after-flush';
import { send } from './reply';
import { principalOfResponse, requireOfficer } from './auth-middleware';

/** Counter routes; each action mirrors a `/counter` socket event of the same name. */
export const counterRoutes = ({ queue, config }: RestDeps): Router => {
  const router = express.Router();
  const ops = queue.counterOps;
  // A paired counter PC is no officer: its token opens no counter and reads no counter's list.
  const officersOnly = requireOfficer;

  const actorOf = (response: Response): Reply<Actor> => {
    const principal = principalOfResponse(response);
    if (!principal) return fail('unauthorized', 'Chưa đăng nhập (not signed in)');
    if (principal.kind === 'device') {
      return fail(
        'forbidden',
        'Cán bộ cần đăng nhập để làm việc tại quầy (an officer must sign in)',
      );
    }
    return ok(
      principal.kind === 'demo' ? demoActor(null) : actorForPrincipal(principal, config.current()),
    );
  };

  /** Registers `POST /counters/:counterId/<action>` parsing the body plus the path's counter id. */
  const action = <S extends z.ZodType<{ counterId: string }>, T>(
    name: string,
    schema: S,
    run: (body: z.infer<S>, actor: Actor) => Reply<T>,
  ): void => {
    router.post(`/counters/:counterId/${name}`, officersOnly, (request, response) => {
      const parsed = parseInput(schema, {
        ...(typeof request.body === 'object' && request.body !== null ? request.body : {}),
        counterId: request.params.counterId,
      });
      if (!parsed.ok) return send(response, parsed);
      const actor = actorOf(response);
      if (!actor.ok) return send(response, actor);
      const answer = afterFlush(queue.settled(), run(parsed.value, actor.data));
      if (answer instanceof Promise) return void answer.then((reply) => send(response, reply));
      return send(response, answer);
    });
  };

  router.get('/counters', (_request, response) => {
    send(response, ok(config.current().counters));
  });
  router.get('/counters/:counterId', officersOnly, (request, response) => {
    send(response, ops.view(String(request.params.counterId)));
  });

  action('open', counterActionBodySchema, (body, actor) => ops.open(body.counterId, actor));
  action('pause', pauseCounterBodySchema, (body, actor) =>
    ops.pause(body.counterId, body.reason, actor),
  );
  action('close', counterActionBodySchema, (body, actor) => ops.close(body.counterId, actor));
  action('call-next', counterActionBodySchema, (body, actor) =>
    ops.callNext(body.counterId, actor),
  );
  action('call-ticket', callTicketBodySchema, (body, actor) =>
    ops.callTicket(body.counterId, body.ticketId, actor),
  );
  action('recall', counterActionBodySchema, (body, actor) => ops.recall(body.counterId, actor));
  action('start', counterActionBodySchema, (body, actor) => ops.start(body.counterId, actor));
  action('finish', counterActionBodySchema, (body, actor) => ops.finish(body.counterId, actor));
  action('no-show', counterActionBodySchema, (body, actor) => ops.noShow(body.counterId, actor));
  action('return', counterActionBodySchema, (body, actor) =>
    ops.returnToQueue(body.counterId, actor),
  );
  // A supervisor frees a counter its officer left held: the tickets at it go back to the queue.
  action('release', counterActionBodySchema, (body, actor) => ops.release(body.counterId, actor));
  action('transfer', transferBodySchema, (body, actor) =>
    ops.transfer(body.counterId, body, actor),
  );
  return router;
};
