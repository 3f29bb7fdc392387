import { z } from 'zod';
import { checkInWindowDetailsSchema } from './appointments';
import { dailyLimitDetailsSchema, issuingClosedDetailsSchema } from './issuing-closed';

/**
 * Stable, kebab-case error codes. Clients branch on these, never on message text,
 * so a code once published is never renamed.
 */
export const errorCodes = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'daily-limit-reached',
  'service-closed',
  'no-ticket-waiting',
  'counter-busy',
  'printer-offline',
  'printer-fault',
  'payload-too-large',
  'missing-documents',
  /** A fee charged per page or per copy was given no quantity at reception. */
  'missing-fee-quantity',
  'invalid-status-transition',
  /** A counter action that reached the server after the counter stopped waiting for it. */
  'request-expired',
  'notifications-disabled',
  'internal',
  'invalid-credentials',
  'account-locked',
  'counter-paused',
  /** A transfer to a counter that is closed: no one would call the ticket there. */
  'counter-closed',
  'no-current-ticket',
  'invalid-transition',
  'outside-check-in-window',
  'appointment-used',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  code: errorCodeSchema,
  /** Human-readable text in the server's default language (Vietnamese). */
  message: z.string(),
  /** Field paths that failed validation, when the error is about input. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** Facts behind a refusal, for clients that word it themselves; absent on most errors. */
  // A kind this client does not know (a newer server's) is dropped, not a broken reply.
  details: z
    .discriminatedUnion('kind', [
      checkInWindowDetailsSchema,
      issuingClosedDetailsSchema,
      dailyLimitDetailsSchema,
    ])
    .optional()
    .catch(undefined),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export type Ok<T> = { ok: true; data: T };
export type Fail = { ok: false; error: ErrorBody };
export type Reply<T> = Ok<T> | Fail;

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, message: string, issues?: ErrorBody['issues']): Fail =>
  issues && issues.length > 0
    ? { ok: false, error: { code, message, issues } }
    : { ok: false, error: { code, message } };

/** Builds the schema of a reply envelope around a data schema, for clients that parse replies. */
export const replySchema = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: errorBodySchema }),
  ]);

/** Turns a zod failure into the bad-request envelope, naming each bad path. */
export const failFromZod = (error: z.ZodError, message = 'Dữ liệu không hợp lệ'): Fail =>
  fail(
    'bad-request',
    message,
    error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  );

/** Parses unknown input against a schema and returns either the value or a bad-request envelope. */
export const parseInput = <T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; value: z.infer<T> } | Fail => {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : failFromZod(result.error);
};
