import { z } from 'zod';
import type { Reply } from './envelope';
import type { Call, IssuedTicket, QueueSummary } from './entities';
import type { DisplayView } from './display';
import type { CheckInResult } from './appointments';
import type { CounterView } from './queue-ops';
import { queueInboundSchemas, type CounterOpsClientEvents } from './queue-events';
import { idSchema } from './entities';
import { clockSampleSchema } from './action-timing';
import type { ProceduresChangedEvent } from './procedure-config';
import {
  dossierInboundSchemas,
  type DossierCounterClientEvents,
  type DossierKioskClientEvents,
} from './dossier-events';
import { ratingRequestBodySchema, submitRatingBodySchema, type RatingRequestView } from './ratings';
import { issueTicketBodySchema, callNextBodySchema, type CentreSnapshot } from './rest';
import {
  agentHelloSchema,
  jobStartedSchema,
  printChecklistBodySchema,
  printJobSchema,
  type AgentHello,
  type ChecklistPrinted,
  type PrintJob,
  type PrintResult,
} from './print-jobs';
import { agentHealthSchema, type PrinterStatusEvent } from './devices';
import { scanReadSchema, type ScanEvent } from './scans';
import {
  keypadArmSchema,
  keypadDisarmSchema,
  keypadPressSchema,
  type KeypadArm,
  type KeypadDisarm,
  type KeypadPressNotice,
} from './keypad';

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
  /** An officer session or paired-device token; optional only on a demo server. */
  token: z.string().min(1).max(200).optional(),
  /**
   * Sent only by a counter's rating screen (`/counter/?view=rating&counter=<id>`): the counter
   * whose citizens it rates. The supervisor's floor lists the socket as that counter's rating
   * screen, needed while the counter is open, not as one more unnamed counter PC. A counter the
   * configuration does not have is refused at the handshake, `not-found`.
   */
  ratingCounterId: idSchema.optional(),
  /**
   * The client's monotonic clock (ms, `performance.now()`) as it connected. With the `sentAt`
   * of a counter action, on the same clock, the server tells how long the action took to
   * reach it and refuses one that arrived too late (`lateActionLimitMs`). Absent from clients
   * before it was added: their actions are not timed.
   */
  clock: z.number().nonnegative().finite().optional(),
});
export type Handshake = z.infer<typeof handshakeSchema>;

type Ack<T> = (reply: Reply<T>) => void;

/** Pushed to every role on connect so a client that was away starts from the current state. */
export type CommonServerEvents = {
  'centre:snapshot': (snapshot: CentreSnapshot) => void;
  'queue:summary': (summary: QueueSummary) => void;
  /** Configured procedures; on connect and after each edit (kiosks and counters). */
  'procedures:changed': (event: ProceduresChangedEvent) => void;
};

/** Sent every `clockSampleIntervalMs` by pages whose actions are timed (kiosk, counter). */
export type ClockSampleClientEvents = {
  'clock:sample': (body: unknown) => void;
};

export type KioskClientEvents = ClockSampleClientEvents & {
  'ticket:issue': (body: unknown, ack: Ack<IssuedTicket>) => void;
  'appointment:check-in': (body: unknown, ack: Ack<CheckInResult>) => void;
  /** Prints a configured procedure's checklist on this kiosk's printer; answers once printed. */
  'procedure:print-checklist': (body: unknown, ack: Ack<ChecklistPrinted>) => void;
} & DossierKioskClientEvents;
/** Pushed to the kiosk or counter whose hardware (bound through its agent) produced them. */
export type DeviceServerEvents = {
  /** A scan from this device's scanner, classified (CCCD IDs masked). */
  'scan:classified': (event: ScanEvent) => void;
  /** This device's printer changed state; also sent on connect. */
  'printer:status': (event: PrinterStatusEvent) => void;
};
export type KioskServerEvents = CommonServerEvents & DeviceServerEvents;

export type CounterClientEvents = ClockSampleClientEvents & {
  'counter:call-next': (body: unknown, ack: Ack<Call>) => void;
  /** Ask the citizen just served to rate: arms the counter's keypad, else opens a rating page. */
  'rating:request': (body: unknown, ack: Ack<RatingRequestView>) => void;
  /** A rating page (tablet at the counter) sends the citizen's choice. */
  'rating:submit': (body: unknown, ack: Ack<RatingRequestView>) => void;
} & CounterOpsClientEvents &
  DossierCounterClientEvents;
export type CounterServerEvents = CommonServerEvents &
  DeviceServerEvents & {
    'call:made': (call: Call) => void;
    /** This socket's counter: state, current ticket, waiting list; on open and on every change. */
    'counter:view': (view: CounterView) => void;
    /** A counter's rating request changed (asked, received, expired); never carries the level. */
    'rating:status': (view: RatingRequestView) => void;
    /** The citizen pressed a rating button on this counter's armed keypad (never which one). */
    'keypad:rated': (event: KeypadPressNotice) => void;
  };

export type DisplayClientEvents = Record<string, never>;
export type DisplayServerEvents = CommonServerEvents & {
  /** The latest calls, newest first; sent on connect and reconnect. */
  'calls:recent': (calls: Call[]) => void;
  'call:made': (call: Call) => void;
  /** This display's configuration and its zones' counters; sent on connect, before the calls. */
  'display:config': (view: DisplayView) => void;
};

export type AgentClientEvents = {
  'agent:hello': (body: unknown, ack: Ack<{ accepted: AgentHello }>) => void;
  'agent:health': (body: unknown, ack: Ack<{ received: true }>) => void;
  'scan:read': (body: unknown, ack: Ack<{ received: true }>) => void;
  'keypad:press': (body: unknown, ack: Ack<{ accepted: boolean }>) => void;
  /** A print job is going to the printer now, and how long its transfer should take. */
  'job:started': (body: unknown, ack: Ack<{ received: true }>) => void;
};
export type AgentServerEvents = {
  'job:print': (job: PrintJob, ack: (reply: Reply<PrintResult>) => void) => void;
  'keypad:arm': (arm: KeypadArm, ack: (reply: Reply<{ armed: true }>) => void) => void;
  'keypad:disarm': (disarm: KeypadDisarm) => void;
};

/** Schemas of every inbound client event, keyed like the event maps above. */
export const inboundSchemas = {
  'ticket:issue': issueTicketBodySchema,
  'procedure:print-checklist': printChecklistBodySchema,
  'counter:call-next': callNextBodySchema,
  'rating:request': ratingRequestBodySchema,
  'rating:submit': submitRatingBodySchema,
  ...queueInboundSchemas,
  ...dossierInboundSchemas,
  'agent:hello': agentHelloSchema,
  'agent:health': agentHealthSchema,
  'scan:read': scanReadSchema,
  'keypad:press': keypadPressSchema,
  'job:started': jobStartedSchema,
  'clock:sample': clockSampleSchema,
} as const;

/** Schemas the agent uses on what the server sends it. */
export const agentInboundSchemas = {
  'job:print': printJobSchema,
  'keypad:arm': keypadArmSchema,
  'keypad:disarm': keypadDisarmSchema,
} as const;
