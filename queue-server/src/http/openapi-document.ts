import { z } from 'zod';
import {
  callSchema,
  callTicketBodySchema,
  cancelTicketBodySchema,
  counterActionBodySchema,
  counterReleaseSchema,
  counterSchema,
  counterStatusSchema,
  counterViewSchema,
  errorBodySchema,
  healthSchema,
  issueTicketBodySchema,
  issuedTicketSchema,
  listTicketsQuerySchema,
  pauseCounterBodySchema,
  principalSchema,
  serviceSchema,
  sessionSchema,
  signInBodySchema,
  ticketSchema,
  ticketLookupSchema,
  transferBodySchema,
  type AnyRole,
} from '@openops/protocol';
import { appointmentOperations } from './appointment-openapi';
import { deviceOperations } from './devices-openapi';
import { dossierOperations } from './dossier-openapi';
import { procedureOperations } from './procedure-openapi';
import type { Operation } from './openapi-operation';
import { supervisorOperations } from './supervisor-openapi';

export type { Operation } from './openapi-operation';

/** The body of a counter action besides the path's counter id (counter-routes.ts merges them). */
const counterAction = counterActionBodySchema.omit({ counterId: true });
const officers: AnyRole[] = ['counter', 'supervisor', 'admin'];
const supervisors: AnyRole[] = ['supervisor', 'admin'];

/** `GET /sessions/current` answers for officers only. */
const officerPrincipalSchema =
  principalSchema.options.find((option) => option.shape.kind.value === 'officer') ??
  principalSchema;

/** Every v1 route this server implements; the document below is generated from this list. */
export const operations: readonly Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Server health and business day',
    roles: [],
    data: healthSchema,
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document, as is (not in an envelope)',
    roles: [],
    raw: {
      'application/json': z.looseObject({
        openapi: z.string(),
        info: z.looseObject({ title: z.string(), version: z.string() }),
        paths: z.record(z.string(), z.unknown()),
      }),
    },
  },
  {
    method: 'post',
    path: '/sessions',
    summary: 'Officer sign-in (scrypt, lockout after repeated failures)',
    roles: [],
    body: signInBodySchema,
    data: sessionSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/sessions/current',
    summary: 'The signed-in officer (a device token answers unauthorized)',
    roles: officers,
    data: officerPrincipalSchema,
  },
  {
    method: 'delete',
    path: '/sessions/current',
    summary: 'Sign out',
    roles: officers,
    data: z.object({ signedOut: z.literal(true) }),
  },
  {
    method: 'get',
    path: '/services',
    summary: 'Services with prefixes, limits, fields and opening hours',
    roles: [],
    data: z.array(serviceSchema),
  },
  {
    method: 'post',
    path: '/tickets',
    summary: 'Issue a ticket (optionally with a priority category)',
    roles: ['kiosk', ...officers],
    body: issueTicketBodySchema,
    data: issuedTicketSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/tickets',
    summary: 'Tickets of a day (default today), by state and service',
    roles: officers,
    officerSession: true,
    query: listTicketsQuerySchema,
    data: z.array(ticketSchema),
  },
  {
    method: 'get',
    path: '/tickets/{ticketId}',
    summary:
      "A ticket with its events and, while waiting, its position. Public: the id is on the slip. Officers (counter, supervisor or admin session) read the whole record; anyone else, a paired device included, a public view: each event's type, counter and time without actor or detail, and the ticket without its priority group, officer, issuer or appointment (null)",
    roles: [],
    data: ticketLookupSchema,
  },
  {
    method: 'post',
    path: '/tickets/{ticketId}/cancel',
    summary: 'Cancel a waiting or called ticket (an officer: a paired device is refused, 403)',
    roles: officers,
    officerSession: true,
    body: cancelTicketBodySchema.omit({ ticketId: true }),
    data: ticketSchema,
  },
  {
    method: 'get',
    path: '/counters',
    summary: 'Counters with services, weights and zones',
    roles: [],
    data: z.array(counterSchema),
  },
  {
    method: 'get',
    path: '/counters/{counterId}',
    summary: "A counter's state, current ticket and waiting list",
    roles: officers,
    officerSession: true,
    data: counterViewSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/open',
    summary: 'Open the counter (one officer per counter)',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/pause',
    summary: 'Pause with a reason',
    roles: officers,
    officerSession: true,
    body: pauseCounterBodySchema.omit({ counterId: true }),
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/close',
    summary: 'Close (no current ticket)',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/call-next',
    summary: 'Call the next ticket by services, weights and priority policy',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/call-ticket',
    summary: 'Call a chosen waiting ticket out of order',
    roles: officers,
    officerSession: true,
    body: callTicketBodySchema.omit({ counterId: true }),
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/recall',
    summary: 'Call the current ticket again (displays announce it again)',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/start',
    summary: 'Start serving the current ticket',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/finish',
    summary: 'Finish the current ticket',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/no-show',
    summary: 'The called citizen did not come',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/return',
    summary: 'Return the current ticket to the queue',
    roles: officers,
    officerSession: true,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/release',
    summary:
      'Supervisor: free a counter its officer left held; the tickets at it go back to their queue and the counter closes',
    roles: supervisors,
    officerSession: true,
    body: counterAction,
    data: counterReleaseSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/transfer',
    summary:
      'Transfer to another service and/or counter (at least one), keeping the number, with a note',
    roles: officers,
    officerSession: true,
    // The object without its refinement (toServiceId or toCounterId), which .omit() refuses.
    body: z.object(transferBodySchema.shape).omit({ counterId: true }),
    data: ticketSchema,
  },
  ...appointmentOperations,
  ...deviceOperations,
  ...dossierOperations,
  ...supervisorOperations,
  ...procedureOperations,
];

const jsonSchema = (schema: z.ZodType): unknown => {
  const document: Record<string, unknown> = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  // Each schema is embedded in one document; the dialect is stated once, by `openapi`.
  delete document.$schema;
  return document;
};

const envelope = (data: z.ZodType): unknown =>
  jsonSchema(
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), data }),
      z.object({ ok: z.literal(false), error: errorBodySchema }),
    ]),
  );

const objectJsonSchema = z.object({
  properties: z.record(z.string(), z.unknown()).default({}),
  required: z.array(z.string()).default([]),
});

/** One `in: query` parameter per field, required unless the field may be left out. */
const queryParameters = (query: z.ZodObject): unknown[] => {
  const { properties, required } = objectJsonSchema.parse(jsonSchema(query));
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    schema,
  }));
};

const successResponse = (operation: Operation): Record<string, unknown> =>
  operation.raw
    ? {
        description: 'Success: the body as is, not an envelope',
        content: Object.fromEntries(
          Object.entries(operation.raw).map(([mediaType, schema]) => [
            mediaType,
            // OpenAPI 3.1 describes raw bytes by their media type alone, without a schema.
            schema === 'binary' ? {} : { schema: jsonSchema(schema) },
          ]),
        ),
      }
    : {
        description: 'Success envelope',
        content: { 'application/json': { schema: envelope(operation.data) } },
      };

/** The OpenAPI 3.1 document of REST API v1, generated from the protocol's zod schemas. */
export const openApiDocument = (version: string): unknown => ({
  openapi: '3.1.0',
  info: {
    title: 'OpenOPS Centre queue server',
    version,
    description:
      'Every answer is an envelope {ok:true,data} | {ok:false,error:{code,message,issues?}} with a stable kebab-case code, except the few successes that are a file or an image (their media types say so); errors are always envelopes. Authenticate with "Authorization: Bearer <token>": an officer session (POST /sessions) or a paired device token. x-roles lists the roles a route admits; none means public. x-officer-session: officer sessions only; a paired device is refused (403 forbidden) even when it holds a listed role, as a counter PC holds counter.',
  },
  servers: [{ url: '/api/v1' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: { Error: jsonSchema(errorBodySchema) },
  },
  paths: operations.reduce<Record<string, Record<string, unknown>>>((paths, operation) => {
    const parameters = [
      ...[...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
        name: match[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(operation.query ? queryParameters(operation.query) : []),
    ];
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: {
        summary: operation.summary,
        'x-roles': operation.roles,
        ...(operation.officerSession ? { 'x-officer-session': true } : {}),
        ...(operation.roles.length > 0 ? { security: [{ bearer: [] }] } : {}),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(operation.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(operation.body) } },
              },
            }
          : {}),
        responses: {
          [String(operation.success ?? 200)]: successResponse(operation),
          ...(operation.alsoSuccess
            ? {
                [String(operation.alsoSuccess.status)]: {
                  ...successResponse(operation),
                  description: operation.alsoSuccess.description,
                },
              }
            : {}),
          default: {
            description: 'Error envelope with a coded error',
            content: { 'application/json': { schema: envelope(z.never()) } },
          },
        },
      },
    };
    return paths;
  }, {}),
});
