import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import {
  errorBodySchema,
  fail,
  officerRoles,
  type Fail,
  principalSchema,
  type AnyRole,
  type Principal,
} from '@openops/protocol';
import { demoRestRoles, hasRole, type Security } from '../auth/security';
import { send } from './reply';

/** The bearer token of a request, if any. */
export const bearerOf = (request: Request): string | undefined => {
  const header = request.get('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
};

/**
 * Resolves `Authorization: Bearer <token>` into `response.locals.principal` for every route;
 * routes that need a role add `requireRoles`. A missing token is an anonymous caller (or, on
 * an open demo server, a demo caller with kiosk and counter rights).
 */
export const authenticate =
  (security: Security): RequestHandler =>
  (request, response, next) => {
    const token = bearerOf(request);
    const reply = security.authenticate(token, {
      deviceId: request.ip ?? 'rest',
      roles: demoRestRoles,
    });
    response.locals.principal = reply.ok ? reply.data : null;
    response.locals.authFailure = reply.ok ? null : reply;
    next();
  };

const tokenRefusalSchema = z.object({ ok: z.literal(false), error: errorBodySchema });

/** The caller, once authenticated; null when anonymous. */
export const principalOfResponse = (response: Response): Principal | null => {
  const parsed = principalSchema.safeParse(response.locals.principal);
  return parsed.success ? parsed.data : null;
};

/**
 * Why a token the caller presented admits nobody (signed out, expired, account disabled or
 * removed, pairing revoked, unknown), as the socket handshake says it; null without a token.
 */
export const tokenRefusalOf = (response: Response): Fail | null => {
  const parsed = tokenRefusalSchema.safeParse(response.locals.authFailure);
  return parsed.success ? parsed.data : null;
};

/** Lets through callers holding any of the roles: 401 without a valid token, 403 with the wrong role. */
export const requireRoles =
  (...roles: AnyRole[]): RequestHandler =>
  (_request: Request, response: Response, next: NextFunction) => {
    const principal = principalOfResponse(response);
    if (!principal) {
      send(
        response,
        tokenRefusalOf(response) ??
          fail(
            'unauthorized',
            'Cần đăng nhập hoặc ghép nối thiết bị (sign in or pair this device)',
          ),
      );
      return;
    }
    if (!hasRole(principal, roles)) {
      send(
        response,
        fail('forbidden', `Cần vai trò ${roles.join(' / ')} (requires role ${roles.join(' or ')})`),
      );
      return;
    }
    next();
  };

/** A paired device holds a role, but is no officer: a counter PC's token works no counter. */
const officerRequired = fail(
  'forbidden',
  'Cán bộ cần đăng nhập để làm việc tại quầy (an officer must sign in)',
);

/**
 * Officers only (counter, supervisor, admin), as the `/counter` socket decides: a paired device
 * is refused even with the counter role, while an open demo's anonymous caller passes as it
 * does on that socket. 401 without a valid token, 403 for a device or another role.
 */
export const requireOfficer: RequestHandler = (request, response, next) => {
  if (principalOfResponse(response)?.kind === 'device') {
    send(response, officerRequired);
    return;
  }
  requireRoles(...officerRoles)(request, response, next);
};

/** True when the caller may see officers' records: an officer, or an open demo's caller. */
export const isOfficer = (principal: Principal | null): boolean =>
  principal !== null && principal.kind !== 'device' && hasRole(principal, officerRoles);
