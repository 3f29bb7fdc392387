import { z } from 'zod';
import type { Reply } from './envelope';
import type { Call, IssuedTicket, QueueSummary } from './entities';
import { idSchema } from './entities';
import { issueTicketBodySchema, callNextBodySchema, type CentreSnapshot } from './rest';
import { agentHelloSchema, printJobSchema, type AgentHello, type PrintJob } from './print-jobs';

/** socket.io namespaces, one per role. */
export const namespaces = {
  kiosk: '/kiosk',
  counter: '/counter',
  display: '/display',
  agent: '/agent',
} as const;
export type Role = keyof typeof namespaces;

/** Handshake `auth` payload every client sends. */
export const handshakeSchema = z.object({
  deviceId: idSchema,
});
export type Handshake = z.infer<typeof handshakeSchema>;

type Ack<T> = (reply: Reply<T>) => void;

/** Pushed to every role on connect so a client that was away starts from the current state. */
export type CommonServerEvents = {
  'centre:snapshot': (snapshot: CentreSnapshot) => void;
  'queue:summary': (summary: QueueSummary) => void;
};

export type KioskClientEvents = {
  'ticket:issue': (body: unknown, ack: Ack<IssuedTicket>) => void;
};
export type KioskServerEvents = CommonServerEvents;

export type CounterClientEvents = {
  'counter:call-next': (body: unknown, ack: Ack<Call>) => void;
};
export type CounterServerEvents = CommonServerEvents & {
  'call:made': (call: Call) => void;
};

export type DisplayClientEvents = Record<string, never>;
export type DisplayServerEvents = CommonServerEvents & {
  /** The latest calls, newest first; sent on connect and reconnect. */
  'calls:recent': (calls: Call[]) => void;
  'call:made': (call: Call) => void;
};

export type AgentClientEvents = {
  'agent:hello': (body: unknown, ack: Ack<{ accepted: AgentHello }>) => void;
};
export type AgentServerEvents = {
  'job:print': (job: PrintJob, ack: (reply: Reply<{ bytes: number }>) => void) => void;
};

/** Schemas of every inbound client event, keyed like the event maps above. */
export const inboundSchemas = {
  'ticket:issue': issueTicketBodySchema,
  'counter:call-next': callNextBodySchema,
  'agent:hello': agentHelloSchema,
} as const;

/** Schemas the agent uses on what the server sends it. */
export const agentInboundSchemas = {
  'job:print': printJobSchema,
} as const;
