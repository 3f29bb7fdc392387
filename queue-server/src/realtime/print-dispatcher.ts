import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import type { AgentClientEvents, AgentServerEvents, PrintDocument, Reply } from '@openops/protocol';
import { fail } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';

const log = createLogger('print-dispatcher');

/** How long an agent has to acknowledge a print job before it counts as failed. Default 10 s. */
export const printAckTimeoutMs = 10_000;

export type AgentSocket = Socket<AgentClientEvents, AgentServerEvents>;

export type PrintDispatcher = {
  /** Records that an agent drives the hardware of `deviceId`, until its socket closes. */
  bind: (deviceId: string, agent: AgentSocket) => void;
  /** Sends a document to the printer of the agent bound to `deviceId`. */
  print: (deviceId: string, document: PrintDocument) => Promise<Reply<{ bytes: number }>>;
};

/** Routes print jobs to the agent that announced itself as bound to a device. */
export const createPrintDispatcher = (): PrintDispatcher => {
  const agentsByDevice = new Map<string, AgentSocket>();
  return {
    bind: (deviceId, agent) => {
      agentsByDevice.set(deviceId, agent);
      agent.once('disconnect', () => {
        if (agentsByDevice.get(deviceId) === agent) agentsByDevice.delete(deviceId);
      });
    },
    print: async (deviceId, document) => {
      const agent = agentsByDevice.get(deviceId);
      if (!agent) {
        log.warn('no printer agent for device', { deviceId });
        return fail('printer-offline', 'Không có máy in nào đang kết nối cho thiết bị này');
      }
      const job = { jobId: randomUUID(), document };
      try {
        const reply = await agent.timeout(printAckTimeoutMs).emitWithAck('job:print', job);
        if (!reply.ok)
          log.warn('print job failed', { deviceId, jobId: job.jobId, code: reply.error.code });
        return reply;
      } catch {
        log.warn('print job timed out', { deviceId, jobId: job.jobId });
        return fail('printer-offline', 'Máy in không phản hồi');
      }
    },
  };
};
