import { z } from 'zod';
import { anyRoleSchema, officerSchema } from './centre-model';

export const signInBodySchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

/** `POST /api/v1/sessions` answers this; send `token` as `Authorization: Bearer` or `auth.token`. */
export const sessionSchema = z.object({
  token: z.string().min(1),
  officer: officerSchema,
  expiresAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Who a request or socket acts as, once its token is checked. */
export const principalSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('officer'),
    officerId: z.string(),
    name: z.string(),
    roles: z.array(anyRoleSchema),
  }),
  z.object({ kind: z.literal('device'), deviceId: z.string(), roles: z.array(anyRoleSchema) }),
  /** Demo mode only: a client without a token, trusted with the roles of where it connects. */
  z.object({ kind: z.literal('demo'), deviceId: z.string(), roles: z.array(anyRoleSchema) }),
]);
export type Principal = z.infer<typeof principalSchema>;
