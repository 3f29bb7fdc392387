import type { Namespace, Server, Socket } from 'socket.io';
import {
  handshakeSchema,
  inboundSchemas,
  namespaces,
  ok,
  type AgentClientEvents,
  type AgentServerEvents,
  type CentreSnapshot,
  type CounterClientEvents,
  type CounterServerEvents,
  type DisplayClientEvents,
  type DisplayServerEvents,
  type KioskClientEvents,
  type KioskServerEvents,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { QueueService } from '../queue/queue-service';
import type { CentreConfigStore } from '../config/centre-config-store';
import { createPrintDispatcher } from './print-dispatcher';
import { validated } from './validated-handler';

const log = createLogger('realtime');

type Deps = { io: Server; queue: QueueService; config: CentreConfigStore };

/** Reads the device id from the handshake, refusing connections that do not name one. */
const requireDevice = (socket: Socket, next: (error?: Error) => void): void => {
  const parsed = handshakeSchema.safeParse(socket.handshake.auth);
  if (!parsed.success) {
    next(new Error('bad-request: handshake needs auth.deviceId'));
    return;
  }
  socket.data.deviceId = parsed.data.deviceId;
  next();
};

const deviceIdOf = (socket: Socket): string => String(socket.data.deviceId);

/**
 * socket.io types a server with one event map for all namespaces; each role has its own,
 * declared in the protocol module, so the namespace is narrowed to it here, once.
 */
const typedNamespace = <C extends EventsMap, S extends EventsMap>(
  io: Server,
  name: string,
): Namespace<C, S> => {
  const namespace = io.of(name);
  namespace.use(requireDevice);
  return namespace as unknown as Namespace<C, S>;
};

// socket.io's own constraint on event maps.
type EventsMap = { [event: string]: (...args: never[]) => void };

/** Wires the per-role socket.io namespaces to the queue's use cases. */
export const attachNamespaces = ({ io, queue, config }: Deps) => {
  const kiosk = typedNamespace<KioskClientEvents, KioskServerEvents>(io, namespaces.kiosk);
  const counter = typedNamespace<CounterClientEvents, CounterServerEvents>(io, namespaces.counter);
  const display = typedNamespace<DisplayClientEvents, DisplayServerEvents>(io, namespaces.display);
  const agent = typedNamespace<AgentClientEvents, AgentServerEvents>(io, namespaces.agent);

  const printer = createPrintDispatcher();

  const snapshot = (): CentreSnapshot => {
    const { centre, services, counters } = config.current();
    return { centre, services, counters };
  };

  const broadcastSummary = (): void => {
    const summary = queue.summary();
    [kiosk, counter, display].forEach((namespace) => namespace.emit('queue:summary', summary));
  };

  kiosk.on('connection', (socket) => {
    socket.emit('centre:snapshot', snapshot());
    socket.emit('queue:summary', queue.summary());
    socket.on(
      'ticket:issue',
      validated('ticket:issue', inboundSchemas['ticket:issue'], (body) => {
        const deviceId = deviceIdOf(socket);
        const reply = queue.issueTicket(body.serviceId, deviceId);
        if (reply.ok) {
          broadcastSummary();
          const { ticket, serviceName, peopleAhead, estimatedWaitMinutes } = reply.data;
          const { centre } = config.current();
          // Printing happens after the ack: a slow or broken printer never delays the number.
          void printer.print(deviceId, {
            kind: 'ticket',
            centreName: centre.name,
            ticketNumber: ticket.number,
            serviceName,
            peopleAhead,
            estimatedWaitMinutes,
            issuedAt: ticket.issuedAt,
            timeZone: centre.timeZone,
          });
        }
        return reply;
      }),
    );
  });

  counter.on('connection', (socket) => {
    socket.emit('centre:snapshot', snapshot());
    socket.emit('queue:summary', queue.summary());
    socket.on(
      'counter:call-next',
      validated('counter:call-next', inboundSchemas['counter:call-next'], (body) => {
        const reply = queue.callNext(body.counterId, deviceIdOf(socket));
        if (reply.ok) {
          display.emit('call:made', reply.data);
          counter.emit('call:made', reply.data);
          broadcastSummary();
        }
        return reply;
      }),
    );
  });

  display.on('connection', (socket) => {
    socket.emit('centre:snapshot', snapshot());
    socket.emit('queue:summary', queue.summary());
    socket.emit('calls:recent', queue.recentCalls());
  });

  agent.on('connection', (socket) => {
    socket.on(
      'agent:hello',
      validated('agent:hello', inboundSchemas['agent:hello'], (body) => {
        printer.bind(body.boundTo, socket);
        log.info('agent connected', {
          agent: deviceIdOf(socket),
          boundTo: body.boundTo,
          devices: body.devices,
        });
        return ok({ accepted: body });
      }),
    );
  });

  return { broadcastSummary, display, counter, printer };
};
