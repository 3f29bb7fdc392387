import express, { type Router } from 'express';
import { fail, ok, parseInput, signInBodySchema } from '@openops/protocol';
import type { RestDeps } from './rest-deps';
import { send } from './reply';
import { bearerOf, principalOfResponse } from './auth-middleware';

/** Officer sign-in and sign-out. A device (a kiosk) cannot sign officers in. */
export const sessionRoutes = ({ security }: RestDeps): Router => {
  const router = express.Router();
  router.post('/sessions', async (request, response) => {
    const principal = principalOfResponse(response);
    if (principal?.kind === 'device') {
      return send(
        response,
        fail(
          'forbidden',
          'Thiết bị không được đăng nhập thay cán bộ (a device cannot sign officers in)',
        ),
      );
    }
    const parsed = parseInput(signInBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    return send(
      response,
      await security.signIn.signIn(parsed.value.username, parsed.value.password),
      201,
    );
  });
  router.get('/sessions/current', (_request, response) => {
    const principal = principalOfResponse(response);
    if (principal?.kind !== 'officer') {
      return send(response, fail('unauthorized', 'Chưa đăng nhập (not signed in)'));
    }
    return send(response, ok(principal));
  });
  router.delete('/sessions/current', (request, response) => {
    const token = bearerOf(request);
    if (!token || principalOfResponse(response)?.kind !== 'officer') {
      return send(response, fail('unauthorized', 'Chưa đăng nhập (not signed in)'));
    }
    security.signIn.signOut(token);
    return send(response, ok({ signedOut: true }));
  });
  return router;
};
