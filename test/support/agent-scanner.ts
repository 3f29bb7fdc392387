import { expect } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import { ask, connectAs } from './server-sockets';

/**
 * The hardware agent of a counter PC or kiosk, as far as its scanner goes: each text scanned is
 * sent on as a serial read, as the real agent does, for the server to classify.
 */
export const scannerOf = async (serverUrl: string, device: string) => {
  const agent: Socket = await connectAs(serverUrl, '/agent', { deviceId: `agent-${device}` });
  expect((await ask(agent, 'agent:hello', { boundTo: device, devices: [] })).ok).toBe(true);
  return {
    scan: async (text: string): Promise<void> => {
      const reply = await ask(agent, 'scan:read', {
        source: 'serial',
        text,
        at: new Date().toISOString(),
      });
      expect(reply.ok).toBe(true);
    },
    close: () => agent.close(),
  };
};
