import type { Namespace } from 'socket.io';
import {
  inboundSchemas,
  ok,
  type AgentClientEvents,
  type AgentServerEvents,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { PrintDispatcher } from './print-dispatcher';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

const log = createLogger('agents');

export type AgentNamespace = Namespace<AgentClientEvents, AgentServerEvents>;

export const handleAgents = (agent: AgentNamespace, printer: PrintDispatcher): void => {
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
};
