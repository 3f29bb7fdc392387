import { io, type Socket } from 'socket.io-client';
import {
  agentInboundSchemas,
  fail,
  namespaces,
  ok,
  parseInput,
  type AgentClientEvents,
  type AgentServerEvents,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { renderTicket } from '../escpos/ticket-renderer';
import type { PrinterDriver } from '../printer/printer-driver';

const log = createLogger('agent');

export type AgentOptions = {
  serverUrl: string;
  /** This agent's own id on the server. */
  agentId: string;
  /** The app device (kiosk or counter id) whose hardware this agent drives. */
  boundTo: string;
  printer: PrinterDriver | null;
};

export type RunningAgent = {
  /** Resolves once the server has accepted this agent's announcement. */
  ready: Promise<void>;
  stop: () => Promise<void>;
};

type AgentSocket = Socket<AgentServerEvents, AgentClientEvents>;

/** Connects to the queue server as a device agent and executes its print jobs. */
export const startAgent = (options: AgentOptions): RunningAgent => {
  const socket: AgentSocket = io(`${options.serverUrl}${namespaces.agent}`, {
    auth: { deviceId: options.agentId },
    transports: ['websocket'],
  });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  // socket.io restores the connection by itself; the announcement is repeated on each connect
  // because the server forgets which device an agent drives when its socket closes.
  socket.on('connect', () => {
    const devices = options.printer ? [{ kind: 'printer' as const, uri: options.printer.uri }] : [];
    socket.emit('agent:hello', { boundTo: options.boundTo, devices }, (reply) => {
      if (reply.ok) {
        log.info('announced to server', { server: options.serverUrl, boundTo: options.boundTo });
        markReady();
      } else {
        log.error('server refused announcement', {
          code: reply.error.code,
          message: reply.error.message,
        });
      }
    });
  });
  socket.on('connect_error', (error) => {
    log.warn('cannot reach server, retrying', { server: options.serverUrl, error: error.message });
  });

  socket.on('job:print', (job: unknown, ack: (reply: Reply<{ bytes: number }>) => void) => {
    const parsed = parseInput(agentInboundSchemas['job:print'], job);
    if (!parsed.ok) {
      log.warn('malformed print job ignored', { issues: parsed.error.issues });
      ack(parsed);
      return;
    }
    if (!options.printer) {
      ack(fail('printer-offline', 'Agent has no printer configured'));
      return;
    }
    const { document } = parsed.value;
    if (document.kind !== 'ticket') {
      ack(fail('bad-request', 'Agent cannot print this document yet'));
      return;
    }
    const bytes = renderTicket(document);
    options.printer.write(bytes).then(
      () => {
        log.info('printed', { jobId: parsed.value.jobId, bytes: bytes.length });
        ack(ok({ bytes: bytes.length }));
      },
      (error: Error) => {
        log.error('print failed', { jobId: parsed.value.jobId, error: error.message });
        ack(fail('printer-offline', `Không in được: ${error.message}`));
      },
    );
  });

  return {
    ready,
    stop: async () => {
      socket.close();
      await options.printer?.close();
    },
  };
};
