import { agentIdFor, fail, type DeviceRole, type Fail } from '@openops/protocol';

/** What the server knows when an agent asks to serve a device (`agent:hello`). */
export type BindingRequest = {
  /** The kiosk or counter PC the agent says it serves. */
  boundTo: string;
  /** The agent's id: the device id of its pairing, or what an open demo's agent claims. */
  agentId: string;
  /** Admitted with a pairing token; false for an open demo server's anonymous agent. */
  paired: boolean;
  /** The role the centre knows `boundTo` by (configured in `devices[]`, or paired), else null. */
  knownRole: DeviceRole | null;
  /** The id of the live agent now serving `boundTo` over another link, if any. */
  holderAgentId: string | null;
  /** The device this same link already serves, after an earlier hello. */
  alreadyBoundTo: string | null;
};

/**
 * Why an agent may not serve the device it names, or null when it may. A paired agent serves
 * only the device its pairing is named after (`<device>-agent`); the device must be a kiosk or
 * counter the centre knows (on an open demo server, which trusts every claim, an unlisted id
 * is allowed); and one agent serves a device at a time. A newer link of the same agent takes
 * the device over (the older one is a connection the server has not yet seen drop).
 */
export const bindingRefusal = (request: BindingRequest): Fail | null => {
  const { boundTo, agentId } = request;
  if (request.alreadyBoundTo !== null && request.alreadyBoundTo !== boundTo) {
    return fail(
      'conflict',
      `Kết nối này đang phục vụ ${request.alreadyBoundTo} / this link already serves ${request.alreadyBoundTo}: connect again to serve ${boundTo}`,
    );
  }
  if (request.paired && agentId !== agentIdFor(boundTo)) {
    return fail(
      'forbidden',
      `Bộ điều khiển ${agentId} không được ghép nối cho ${boundTo} / agent ${agentId} is not paired for ${boundTo} (its pairing must be ${agentIdFor(boundTo)})`,
    );
  }
  const { knownRole } = request;
  if (knownRole !== null && knownRole !== 'kiosk' && knownRole !== 'counter') {
    return fail(
      'not-found',
      `${boundTo} là thiết bị loại ${knownRole}, không phải kiosk hay máy quầy / ${boundTo} is a ${knownRole}, not a kiosk or counter`,
    );
  }
  if (knownRole === null && request.paired) {
    return fail(
      'not-found',
      `${boundTo} không phải kiosk hay máy quầy của trung tâm / ${boundTo} is not a configured or paired kiosk or counter`,
    );
  }
  if (request.holderAgentId !== null && request.holderAgentId !== agentId) {
    return fail(
      'conflict',
      `${boundTo} đang do bộ điều khiển ${request.holderAgentId} phục vụ / ${boundTo} is already served by agent ${request.holderAgentId}`,
    );
  }
  return null;
};
