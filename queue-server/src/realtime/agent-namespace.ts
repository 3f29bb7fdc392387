import type { Namespace } from 'socket.io';
import {
  inboundSchemas,
  ok,
  type AgentClientEvents,
  type AgentServerEvents,
  type DeviceRole,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { DeviceHub } from '../devices/device-hub';
import type { KeypadDispatcher } from '../devices/keypad-dispatcher';
import { bindingRefusal } from './agent-binding';
import type { PrintDispatcher } from './print-dispatcher';
import { deviceIdOf, principalOf } from './socket-auth';
import { validated } from './validated-handler';

const log = createLogger('agents');

export type AgentNamespace = Namespace<AgentClientEvents, AgentServerEvents>;

export type AgentDeps = {
  printer: PrintDispatcher;
  devices: DeviceHub;
  keypads: KeypadDispatcher;
  /** The role the centre knows a device id by (configured in `devices[]`, or paired), else null. */
  roleOf: (deviceId: string) => DeviceRole | null;
};

/** `?buttons=N` of an announced keypad URI, or null. */
const keypadButtonsOf = (uris: readonly string[]): number | null => {
  const match = uris.map((uri) => /[?&]buttons=([345])\b/.exec(uri)).find(Boolean);
  return match?.[1] ? Number(match[1]) : null;
};

/**
 * An agent says which kiosk or counter it serves (`agent:hello`); from then on its health,
 * scans and key presses are that device's, and that device's print jobs and keypad arms go to it.
 * An agent that may not serve the device is refused with why (`bindingRefusal`), and its
 * leaving changes nothing for the agent that does.
 */
export const handleAgents = (
  agent: AgentNamespace,
  { printer, devices, keypads, roleOf }: AgentDeps,
): void => {
  agent.on('connection', (socket) => {
    const agentId = deviceIdOf(socket);
    let boundTo: string | null = null;
    socket.on(
      'agent:hello',
      validated('agent:hello', inboundSchemas['agent:hello'], (body) => {
        // Said again on the same link: already serving it.
        if (boundTo === body.boundTo) return ok({ accepted: body });
        const holder = printer.agentFor(body.boundTo);
        const liveHolder = holder && holder !== socket && holder.connected ? holder : null;
        const refusal = bindingRefusal({
          boundTo: body.boundTo,
          agentId,
          paired: principalOf(socket).kind === 'device',
          knownRole: roleOf(body.boundTo),
          holderAgentId: liveHolder ? deviceIdOf(liveHolder) : null,
          alreadyBoundTo: boundTo,
        });
        if (refusal) {
          log.warn('agent refused', {
            agent: agentId,
            boundTo: body.boundTo,
            code: refusal.error.code,
            reason: refusal.error.message,
          });
          return refusal;
        }
        if (roleOf(body.boundTo) === null) {
          log.warn('agent serves a device the centre does not list (open demo server)', {
            agent: agentId,
            boundTo: body.boundTo,
          });
        }
        boundTo = body.boundTo;
        const keypadUris = body.devices
          .filter((device) => device.kind === 'keypad')
          .map((device) => device.uri);
        devices.agentBound(body.boundTo, agentId, keypadButtonsOf(keypadUris));
        printer.bind(body.boundTo, socket);
        if (liveHolder) {
          // The same agent again: its older link is one the server has not yet seen drop.
          log.warn('agent reconnected before its old link closed; old link let go', {
            agent: agentId,
            boundTo: body.boundTo,
          });
          liveHolder.disconnect(true);
        }
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
    socket.on(
      'job:started',
      validated('job:started', inboundSchemas['job:started'], (body) => {
        if (boundTo) printer.started(boundTo, socket, body);
        return ok({ received: true as const });
      }),
    );
    socket.on('disconnect', () => {
      // Only the agent serving the device takes it offline: not a refused one, not an old
      // link the same agent has already replaced.
      const holder = boundTo ? printer.agentFor(boundTo) : undefined;
      if (boundTo && (holder === undefined || holder === socket)) {
        devices.agentGone(boundTo, agentId);
      }
      log.info('agent disconnected', { agent: agentId, boundTo });
    });
  });
};
