import type { Namespace } from 'socket.io';
import {
  inboundSchemas,
  ok,
  type AgentClientEvents,
  type AgentServerEvents,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { DeviceHub } from '../devices/device-hub';
import type { KeypadDispatcher } from '../devices/keypad-dispatcher';
import type { PrintDispatcher } from './print-dispatcher';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

const log = createLogger('agents');

export type AgentNamespace = Namespace<AgentClientEvents, AgentServerEvents>;

export type AgentDeps = { printer: PrintDispatcher; devices: DeviceHub; keypads: KeypadDispatcher };

/** `?buttons=N` of an announced keypad URI, or null. */
const keypadButtonsOf = (uris: readonly string[]): number | null => {
  const match = uris.map((uri) => /[?&]buttons=([345])\b/.exec(uri)).find(Boolean);
  return match?.[1] ? Number(match[1]) : null;
};

/**
 * An agent says which kiosk or counter it serves (`agent:hello`); from then on its health,
 * scans and key presses are that device's, and that device's print jobs and keypad arms go to it.
 */
export const handleAgents = (
  agent: AgentNamespace,
  { printer, devices, keypads }: AgentDeps,
): void => {
  agent.on('connection', (socket) => {
    const agentId = deviceIdOf(socket);
    let boundTo: string | null = null;
    socket.on(
      'agent:hello',
      validated('agent:hello', inboundSchemas['agent:hello'], (body) => {
        boundTo = body.boundTo;
        const keypadUris = body.devices
          .filter((device) => device.kind === 'keypad')
          .map((device) => device.uri);
        devices.agentBound(body.boundTo, agentId, keypadButtonsOf(keypadUris));
        printer.bind(body.boundTo, socket);
        log.info('agent connected', {
          agent: agentId,
          boundTo: body.boundTo,
          devices: body.devices,
        });
        return ok({ accepted: body });
      }),
    );
    socket.on(
      'agent:health',
      validated('agent:health', inboundSchemas['agent:health'], (body) => {
        if (boundTo) devices.health(boundTo, agentId, body.devices);
        return ok({ received: true as const });
      }),
    );
    socket.on(
      'scan:read',
      validated('scan:read', inboundSchemas['scan:read'], (body) => {
        if (boundTo) devices.scan(boundTo, body);
        return ok({ received: true as const });
      }),
    );
    socket.on(
      'keypad:press',
      validated('keypad:press', inboundSchemas['keypad:press'], (body) =>
        ok({ accepted: boundTo !== null && keypads.press(boundTo, body) }),
      ),
    );
    socket.on('disconnect', () => {
      if (boundTo) devices.agentGone(boundTo, agentId);
      log.info('agent disconnected', { agent: agentId, boundTo });
    });
  });
};
