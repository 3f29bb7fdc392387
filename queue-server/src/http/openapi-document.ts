import { z } from 'zod';
import {
  appointmentSchema,
  bookAppointmentBodySchema,
  callSchema,
  callTicketBodySchema,
  cancelTicketBodySchema,
  checkInBodySchema,
  checkInResultSchema,
  counterSchema,
  counterStatusSchema,
  errorBodySchema,
  healthSchema,
  issueTicketBodySchema,
  issuedTicketSchema,
  pairingRequestBodySchema,
  pairingStateSchema,
  pauseCounterBodySchema,
  serviceSchema,
  sessionSchema,
  signInBodySchema,
  ticketSchema,
  ticketLookupSchema,
  idSchema,
  type AnyRole,
} from '@openops/protocol';
import { dossierOperations } from './dossier-openapi';
import { supervisorOperations } from './supervisor-openapi';

type Operation = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  /** Roles allowed; empty for public routes. */
  roles: readonly AnyRole[];
  body?: z.ZodType;
  data: z.ZodType;
  success?: number;
};

const counterAction = z.object({});
const officers: AnyRole[] = ['counter', 'supervisor', 'admin'];

/** Every v1 route this server implements; the document below is generated from this list. */
export const operations: readonly Operation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Server health and business day',
    roles: [],
    data: healthSchema,
  },
  { method: 'get', path: '/openapi.json', summary: 'This document', roles: [], data: z.object({}) },
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
    summary:
      'List tickets by day (default today), state and service: ?day=&state=&serviceId=&limit=',
    roles: officers,
    data: z.array(ticketSchema),
  },
  {
    method: 'get',
    path: '/tickets/{ticketId}',
    summary: 'A ticket with its events (actor, counter, time) and, while waiting, its position',
    roles: [],
    data: ticketLookupSchema,
  },
  {
    method: 'post',
    path: '/tickets/{ticketId}/cancel',
    summary: 'Cancel a waiting or called ticket',
    roles: officers,
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
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/open',
    summary: 'Open the counter (one officer per counter)',
    roles: officers,
    body: counterAction,
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/pause',
    summary: 'Pause with a reason',
    roles: officers,
    body: pauseCounterBodySchema.omit({ counterId: true }),
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/close',
    summary: 'Close (no current ticket)',
    roles: officers,
    body: counterAction,
    data: counterStatusSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/call-next',
    summary: 'Call the next ticket by services, weights and priority policy',
    roles: officers,
    body: counterAction,
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/call-ticket',
    summary: 'Call a chosen waiting ticket out of order',
    roles: officers,
    body: callTicketBodySchema.omit({ counterId: true }),
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/recall',
    summary: 'Call the current ticket again (displays announce it again)',
    roles: officers,
    body: counterAction,
    data: callSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/start',
    summary: 'Start serving the current ticket',
    roles: officers,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/finish',
    summary: 'Finish the current ticket',
    roles: officers,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/no-show',
    summary: 'The called citizen did not come',
    roles: officers,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/return',
    summary: 'Return the current ticket to the queue',
    roles: officers,
    body: counterAction,
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/counters/{counterId}/transfer',
    summary: 'Transfer to another service and/or counter, keeping the number',
    roles: officers,
    body: z.object({ toServiceId: idSchema.optional(), toCounterId: idSchema.optional() }),
    data: ticketSchema,
  },
  {
    method: 'post',
    path: '/appointments',
    summary: 'Book a slot (booking portal)',
    roles: ['supervisor', 'admin'],
    body: bookAppointmentBodySchema,
    data: appointmentSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/appointments',
    summary: 'Appointments of a day: ?day=YYYY-MM-DD (default today)',
    roles: officers,
    data: z.array(appointmentSchema),
  },
  {
    method: 'get',
    path: '/appointments/{code}',
    summary: 'An appointment by its check-in code',
    roles: ['kiosk', ...officers],
    data: appointmentSchema,
  },
  {
    method: 'post',
    path: '/appointments/check-in',
    summary: 'Check in by code within the window; issues the ticket',
    roles: ['kiosk', ...officers],
    body: checkInBodySchema,
    data: checkInResultSchema,
    success: 201,
  },
  {
    method: 'post',
    path: '/appointments/{appointmentId}/cancel',
    summary: 'Cancel a booked appointment',
    roles: ['supervisor', 'admin'],
    data: appointmentSchema,
  },
  {
    method: 'post',
    path: '/devices/pairing-requests',
    summary: 'A device asks to pair; shows the returned code',
    roles: [],
    body: pairingRequestBodySchema,
    data: pairingStateSchema,
    success: 201,
  },
  {
    method: 'get',
    path: '/devices/pairing-requests',
    summary: 'Pending pairing requests',
    roles: ['admin'],
    data: z.array(pairingStateSchema),
  },
  {
    method: 'get',
    path: '/devices/pairing-requests/{requestId}',
    summary: 'Poll a request; the token appears once, after approval',
    roles: [],
    data: pairingStateSchema,
  },
  {
    method: 'post',
    path: '/devices/pairing-requests/{requestId}/approve',
    summary: 'Approve by the code the device shows',
    roles: ['admin'],
    body: z.object({ pairingCode: z.string().regex(/^\d{6}$/) }),
    data: pairingStateSchema,
  },
  {
    method: 'post',
    path: '/devices/pairing-requests/{requestId}/reject',
    summary: 'Reject a pairing request',
    roles: ['admin'],
    data: pairingStateSchema,
  },
  {
    method: 'get',
    path: '/devices',
    summary: 'Paired devices',
    roles: ['supervisor', 'admin'],
    data: z.array(z.object({ deviceId: z.string(), role: z.string(), name: z.string() })),
  },
  {
    method: 'delete',
    path: '/devices/{deviceId}',
    summary: "Revoke a device's tokens",
    roles: ['admin'],
    data: z.object({ deviceId: z.string(), revoked: z.number() }),
  },
  ...dossierOperations,
  ...supervisorOperations,
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

/** The OpenAPI 3.1 document of REST API v1, generated from the protocol's zod schemas. */
export const openApiDocument = (version: string): unknown => ({
  openapi: '3.1.0',
  info: {
    title: 'OpenOPS Centre queue server',
    version,
    description:
      'Every answer is an envelope {ok:true,data} | {ok:false,error:{code,message,issues?}} with a stable kebab-case code. Authenticate with "Authorization: Bearer <token>": an officer session (POST /sessions) or a paired device token. x-roles lists the roles a route admits; none means public.',
  },
  servers: [{ url: '/api/v1' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: { Error: jsonSchema(errorBodySchema) },
  },
  paths: operations.reduce<Record<string, Record<string, unknown>>>((paths, operation) => {
    const parameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: {
        summary: operation.summary,
        'x-roles': operation.roles,
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
          [String(operation.success ?? 200)]: {
            description: 'Success envelope',
            content: { 'application/json': { schema: envelope(operation.data) } },
          },
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
