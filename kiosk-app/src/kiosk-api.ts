import { z } from 'zod';
import {
  dossierLookupSchema,
  procedureSchema,
  replySchema,
  ticketLookupSchema,
  type ChecklistPrinted,
  type CitizenDossier,
  type CitizenDossiersBody,
  type DossierLookup,
  type ErrorBody,
  type ErrorCode,
  type IssuedTicket,
  type TicketLookup,
  type Procedure,
} from '@openops/protocol';
import type { RoleSocket } from '@openops/client';

/** How long the kiosk waits for any answer before saying the server did not answer. */
export const answerTimeoutMs = 10_000;

/** A print is answered once the printer took it; the server gives an agent 30 s for that. */
export const printAnswerTimeoutMs = 35_000;

/**
 * A reply as the kiosk sees it: the server's envelope, or `unreachable` when no answer came
 * (network down, server restarting, timeout). Screens branch on the code, never on text.
 */
export type KioskError = {
  code: ErrorCode | 'unreachable';
  /** The server's own words (Vietnamese with an English gloss): for logs, never for citizens. */
  message: string;
  /** Facts behind a refusal, when the server gives them (see `ErrorBody['details']`). */
  details?: ErrorBody['details'];
  /** The fields a refusal is about, when it names them. */
  issues?: ErrorBody['issues'];
};

export type KioskReply<T> = { ok: true; data: T } | { ok: false; error: KioskError };

const unreachable = (message: string): KioskReply<never> => ({
  ok: false,
  error: { code: 'unreachable', message },
});

/** GETs (or POSTs `body` to) a REST v1 path and parses the envelope from `unknown` against its schema. */
const rest = async <T extends z.ZodType>(
  serverUrl: string,
  path: string,
  schema: T,
  device: { id: string; token: string | null },
  body?: unknown,
): Promise<KioskReply<z.infer<T>>> => {
  let response: Response;
  try {
    response = await fetch(`${serverUrl}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        accept: 'application/json',
        'x-device-id': device.id,
        // A paired kiosk (inside the shell) proves itself; a secure centre answers nothing else.
        ...(device.token ? { authorization: `Bearer ${device.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(answerTimeoutMs),
    });
  } catch (error) {
    return unreachable((error as Error).message);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return unreachable(`HTTP ${response.status}`);
  }
  const parsed = replySchema(schema).safeParse(json);
  if (!parsed.success) return unreachable(`unexpected answer from ${path}`);
  return parsed.data as KioskReply<z.infer<T>>;
};

/**
 * Everything the kiosk asks of the queue server, in one place, so a use case moving from REST
 * to a socket event (or the reverse) changes only this file.
 *
 * - tickets: socket `ticket:issue` (the server prints on this kiosk's printer after the ack)
 * - procedures: `GET /api/v1/procedures` (the counter's procedure configuration)
 * - dossier lookup: `GET /api/v1/dossiers/:code/lookup` (served from the local copy)
 * - appointment check-in: socket `appointment:check-in` (a ticket, printed like any other)
 * - SMS opt-in for a ticket: `POST /api/v1/tickets/:ticketId/notify`
 * - a procedure's checklist: socket `procedure:print-checklist` (printed on this kiosk's printer)
 * - a scanned ticket's state and place: `GET /api/v1/tickets/:ticketId` (public, no sign-in)
 */
export type KioskApi = {
  /** A ticket for a service, with the priority group the citizen declared, if any. */
  issueTicket: (
    serviceId: string,
    priorityCategoryId: string | null,
  ) => Promise<KioskReply<IssuedTicket>>;
  checkInAppointment: (code: string) => Promise<KioskReply<IssuedTicket>>;
  lookupDossier: (code: string) => Promise<KioskReply<DossierLookup>>;
  /**
   * A scanned citizen's dossiers, found by the card's ID and old ID (socket
   * `dossier:citizen-list`); the server compares digests and keeps no number.
   */
  citizenDossiers: (body: CitizenDossiersBody) => Promise<KioskReply<CitizenDossier[]>>;
  listProcedures: () => Promise<KioskReply<Procedure[]>>;
  /** Texts `phone` when the ticket is near the front; answers how near. */
  notifyMe: (ticketId: string, phone: string) => Promise<KioskReply<{ placesBefore: number }>>;
  /** Prints the configured procedure's checklist; answers once printed or with the fault. */
  printChecklist: (procedureId: string) => Promise<KioskReply<ChecklistPrinted>>;
  /** A ticket and, while it waits, the people ahead and the estimated wait. */
  ticketStatus: (ticketId: string) => Promise<KioskReply<TicketLookup>>;
};

const notifyReplySchema = z.object({ ticketId: z.string(), placesBefore: z.number().int() });

/**
 * Sends over the socket only while it is connected. socket.io keeps what is emitted while
 * disconnected and sends it on reconnecting, long after the citizen was told it failed: a
 * ticket asked for then would be issued, and printed, for nobody.
 */
const whileConnected = <T>(
  socket: RoleSocket<'kiosk'>,
  send: (resolve: (reply: KioskReply<T>) => void) => void,
): Promise<KioskReply<T>> =>
  new Promise((resolve) => {
    if (!socket.connected) {
      resolve(unreachable('offline'));
      return;
    }
    send(resolve);
  });

export const createKioskApi = (
  socket: RoleSocket<'kiosk'>,
  serverUrl: string,
  device: { id: string; token: string | null },
): KioskApi => ({
  issueTicket: (serviceId, priorityCategoryId) =>
    whileConnected(socket, (resolve) => {
      // `sentAt`: a request held up past this wait is refused, not issued for nobody later.
      const sentAt = performance.now();
      const body = priorityCategoryId
        ? { serviceId, priorityCategoryId, priorityReason: 'Công dân tự khai tại ki-ốt', sentAt }
        : { serviceId, sentAt };
      socket.timeout(answerTimeoutMs).emit('ticket:issue', body, (error, reply) => {
        if (error) {
          resolve(unreachable('timeout'));
          return;
        }
        resolve(reply);
      });
    }),
  checkInAppointment: (code) =>
    whileConnected(socket, (resolve) => {
      const body = { code, sentAt: performance.now() };
      socket.timeout(answerTimeoutMs).emit('appointment:check-in', body, (error, reply) => {
        if (error) {
          resolve(unreachable('timeout'));
          return;
        }
        resolve(reply.ok ? { ok: true, data: reply.data.issued } : reply);
      });
    }),
  citizenDossiers: (body) =>
    whileConnected(socket, (resolve) => {
      socket.timeout(answerTimeoutMs).emit('dossier:citizen-list', body, (error, reply) => {
        if (error) {
          resolve(unreachable('timeout'));
          return;
        }
        resolve(reply);
      });
    }),
  lookupDossier: (code) =>
    rest(serverUrl, `/dossiers/${encodeURIComponent(code)}/lookup`, dossierLookupSchema, device),
  listProcedures: () => rest(serverUrl, '/procedures', z.array(procedureSchema), device),
  notifyMe: (ticketId, phone) =>
    rest(serverUrl, `/tickets/${encodeURIComponent(ticketId)}/notify`, notifyReplySchema, device, {
      phone,
    }),
  ticketStatus: (ticketId) =>
    rest(serverUrl, `/tickets/${encodeURIComponent(ticketId)}`, ticketLookupSchema, device),
  printChecklist: (procedureId) =>
    whileConnected(socket, (resolve) => {
      socket
        .timeout(printAnswerTimeoutMs)
        .emit('procedure:print-checklist', { procedureId }, (error, reply) => {
          if (error) {
            resolve(unreachable('timeout'));
            return;
          }
          resolve(reply);
        });
    }),
});
