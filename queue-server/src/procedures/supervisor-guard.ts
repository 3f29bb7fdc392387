import type { Request } from 'express';
import { fail, idSchema, ok, type Reply } from '@openops/protocol';

/** Decides whether a REST request may change configuration, and names who made it. */
export type SupervisorGuard = (request: Request) => Reply<{ actor: string }>;

/** Header naming the supervisor making a configuration change. */
export const actorHeader = 'x-openops-actor';

/**
 * Interim guard until officer sessions with roles exist on the server: a change must name its
 * supervisor (an officer id) in `X-OpenOPS-Actor`, so every edit is attributable in the log.
 * Swap it for a session-role check by passing another guard to `procedureRoutes`.
 */
export const actorHeaderGuard: SupervisorGuard = (request) => {
  const parsed = idSchema.safeParse(request.get(actorHeader));
  return parsed.success
    ? ok({ actor: parsed.data })
    : fail('unauthorized', `Cần ghi rõ người sửa cấu hình (tiêu đề ${actorHeader})`);
};
