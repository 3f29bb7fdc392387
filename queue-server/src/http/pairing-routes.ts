import express, { type Router } from 'express';
import { fail, ok, pairingRequestBodySchema, parseInput } from '@openops/protocol';
import { z } from 'zod';
import { actorIdOf } from '../auth/security';
import type { RestDeps } from './rest-deps';
import { send } from './reply';
import { principalOfResponse, requireRoles } from './auth-middleware';

const approveBodySchema = z.object({ pairingCode: z.string().regex(/^\d{6}$/) });

/**
 * Device pairing (contract in `protocol/src/pairing.ts`): any device may ask; the request id is
 * the device's secret for collecting its token; only an admin approves, by the code shown.
 */
export const pairingRoutes = ({ security }: RestDeps): Router => {
  const router = express.Router();
  const { pairing } = security;
  const adminId = (response: express.Response): string => {
    const principal = principalOfResponse(response);
    return principal ? actorIdOf(principal) : 'unknown';
  };

  router.post('/devices/pairing-requests', (request, response) => {
    const parsed = parseInput(pairingRequestBodySchema, request.body);
    if (!parsed.ok) return send(response, parsed);
    return send(response, ok(pairing.request(parsed.value)), 201);
  });
  router.get('/devices/pairing-requests', requireRoles('admin'), (_request, response) => {
    send(response, ok(pairing.pending()));
  });
  router.get('/devices/pairing-requests/:requestId', (request, response) => {
    send(response, pairing.collect(String(request.params.requestId)));
  });
  router.post(
    '/devices/pairing-requests/:requestId/approve',
    requireRoles('admin'),
    (request, response) => {
      const parsed = parseInput(approveBodySchema, request.body);
      if (!parsed.ok) return send(response, parsed);
      return send(
        response,
        pairing.approve(
          String(request.params.requestId),
          parsed.value.pairingCode,
          adminId(response),
        ),
      );
    },
  );
  router.post(
    '/devices/pairing-requests/:requestId/reject',
    requireRoles('admin'),
    (request, response) => {
      send(response, pairing.reject(String(request.params.requestId), adminId(response)));
    },
  );
  router.get('/devices', requireRoles('supervisor', 'admin'), (_request, response) => {
    send(response, ok(pairing.devices()));
  });
  router.delete('/devices/:deviceId', requireRoles('admin'), (request, response) => {
    const revoked = pairing.revoke(String(request.params.deviceId));
    if (revoked === 0) {
      return send(response, fail('not-found', 'Thiết bị chưa được ghép nối (device not paired)'));
    }
    return send(response, ok({ deviceId: request.params.deviceId, revoked }));
  });
  return router;
};
