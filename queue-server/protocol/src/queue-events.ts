import type { Reply } from './envelope';
import type { Call, Ticket } from './entities';
import { checkInBodySchema } from './appointments';
import {
  callTicketBodySchema,
  cancelTicketBodySchema,
  counterActionBodySchema,
  pauseCounterBodySchema,
  transferBodySchema,
  type CounterStatus,
} from './queue-ops';

type Ack<T> = (reply: Reply<T>) => void;

/**
 * Counter events beyond `counter:call-next`, each mirroring a REST route under
 * `/api/v1/counters/:counterId/...`. Actions on the current ticket answer the ticket after
 * the change; calls answer the `Call` that displays also receive.
 */
export type CounterOpsClientEvents = {
  'counter:open': (body: unknown, ack: Ack<CounterStatus>) => void;
  'counter:pause': (body: unknown, ack: Ack<CounterStatus>) => void;
  'counter:close': (body: unknown, ack: Ack<CounterStatus>) => void;
  'counter:call-ticket': (body: unknown, ack: Ack<Call>) => void;
  'counter:recall': (body: unknown, ack: Ack<Call>) => void;
  'counter:start': (body: unknown, ack: Ack<Ticket>) => void;
  'counter:finish': (body: unknown, ack: Ack<Ticket>) => void;
  'counter:no-show': (body: unknown, ack: Ack<Ticket>) => void;
  'counter:return': (body: unknown, ack: Ack<Ticket>) => void;
  'counter:transfer': (body: unknown, ack: Ack<Ticket>) => void;
  'ticket:cancel': (body: unknown, ack: Ack<Ticket>) => void;
};

export const queueInboundSchemas = {
  'counter:open': counterActionBodySchema,
  'counter:pause': pauseCounterBodySchema,
  'counter:close': counterActionBodySchema,
  'counter:call-ticket': callTicketBodySchema,
  'counter:recall': counterActionBodySchema,
  'counter:start': counterActionBodySchema,
  'counter:finish': counterActionBodySchema,
  'counter:no-show': counterActionBodySchema,
  'counter:return': counterActionBodySchema,
  'counter:transfer': transferBodySchema,
  'ticket:cancel': cancelTicketBodySchema,
  'appointment:check-in': checkInBodySchema,
} as const;
