import { startAgentProcess } from './agent-process';
import { startLoopbackPrinter, type LoopbackPrinter } from './loopback-printer';
import {
  startQueueServer,
  type QueueServerOptions,
  type QueueServerProcess,
} from './queue-server-process';

export type KioskWithPrinter = {
  server: QueueServerProcess;
  printer: LoopbackPrinter;
  /** Stops the agent, the printer and the server, in that order. */
  stop: () => Promise<void>;
};

/**
 * A demo centre as a kiosk sees it: the real queue server, a loopback ESC/POS printer on a
 * real socket, and the real hardware agent driving that printer for the kiosk `device`.
 * `serverOptions` go to `startQueueServer` (default none: a demo server on loopback).
 */
export const startKioskWithPrinter = async (
  device = 'kiosk-1',
  serverOptions: QueueServerOptions = {},
): Promise<KioskWithPrinter> => {
  const server = await startQueueServer(serverOptions);
  const printer = await startLoopbackPrinter();
  const agent = await startAgentProcess({ serverUrl: server.url, printerUri: printer.uri, device });
  return {
    server,
    printer,
    stop: async () => {
      await agent.stop();
      await printer.close();
      await server.stop();
    },
  };
};
