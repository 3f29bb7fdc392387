import type { Request, Response } from 'express';
import { assertNever, fail, idSchema, ok, type Reply } from '@openops/protocol';
import { principalOfResponse, tokenRefusalOf } from '../http/auth-middleware';

/** Decides whether a REST request may change configuration, and names who made it. */
export type SupervisorGuard = (request: Request, response: Response) => Reply<{ actor: string }>;

/** Header naming the supervisor making a change on an open demo server. */
export const actorHeader = 'x-openops-actor';

/**
 * Supervisors and admins, by their officer session (`Authorization: Bearer`), may change
 * configuration and read reports; the actor recorded is the officer. On an open demo server an
 * anonymous caller must at least name who makes the change in `X-OpenOPS-Actor`, so every edit
 * is attributable in the log. Devices never may.
 */
export const supervisorGuard: SupervisorGuard = (request, response) => {
  const principal = principalOfResponse(response);
  if (!principal) {
    return (
      tokenRefusalOf(response) ??
      fail('unauthorized', 'Cần đăng nhập bằng tài khoản giám sát (supervisor sign-in required)')
    );
  }
  switch (principal.kind) {
    case 'officer':
      return principal.roles.includes('supervisor') || principal.roles.includes('admin')
        ? ok({ actor: principal.officerId })
        : fail('forbidden', 'Cần vai trò giám sát (requires the supervisor role)');
    case 'demo': {
      const named = idSchema.safeParse(request.get(actorHeader));
      return named.success
        ? ok({ actor: named.data })
        : fail(
            'unauthorized',
            `Cần đăng nhập bằng tài khoản giám sát, hoặc trên máy chủ demo ghi tên người thao tác ở tiêu đề ${actorHeader} (supervisor sign-in required)`,
          );
    }
    case 'device':
      return fail(
        'forbidden',
        'Thiết bị không được sửa cấu hình (a device cannot change settings)',
      );
    default:
      return assertNever(principal);
  }
};
