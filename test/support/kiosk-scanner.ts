import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnEntry, type SpawnedProcess } from './spawned-process';
import { temporaryFolder } from './temporary-folder';
import { startLoopbackPrinter, type LoopbackPrinter } from './loopback-printer';
import {
  startQueueServer,
  type QueueServerOptions,
  type QueueServerProcess,
} from './queue-server-process';

export type PtyScanner = {
  /** `serial:<pty>` for the agent's `--scanner`. */
  uri: string;
  /** Sends one scanned line (CR LF terminated, UTF-8) as the scanner would. */
  scan: (text: string) => void;
  close: () => Promise<void>;
};

/**
 * A serial barcode scanner played on a kernel pseudo-terminal pair (`socat`): the agent opens
 * one end as its scanner port, the test writes scans into the other.
 */
export const startPtyScanner = async (): Promise<PtyScanner> => {
  const folder = temporaryFolder('kiosk-scanner');
  const agentEnd = path.join(folder, 'agent');
  const deviceEnd = path.join(folder, 'device');
  const socat: ChildProcess = spawn(
    'socat',
    [`pty,raw,echo=0,link=${agentEnd}`, `pty,raw,echo=0,link=${deviceEnd}`],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => socat.once('exit', () => resolve()));
  // socat creates both links once the pair exists; wait for that state, not for a time.
  await new Promise<void>((resolve, reject) => {
    const deadline = Date.now() + 5000;
    const check = (): void => {
      if (existsSync(agentEnd) && existsSync(deviceEnd)) resolve();
      else if (Date.now() > deadline || socat.exitCode !== null)
        reject(new Error('socat did not create the pseudo-terminal pair'));
      else setTimeout(check, 20);
    };
    check();
  });
  return {
    uri: `serial:${agentEnd}`,
    scan: (text) => writeFileSync(deviceEnd, `${text}\r\n`, 'utf8'),
    close: async () => {
      if (socat.exitCode === null) socat.kill('SIGTERM');
      await exited;
    },
  };
};

/** The real agent bound to a kiosk with a printer and a serial scanner. */
export const startKioskAgent = async (options: {
  serverUrl: string;
  printerUri: string;
  scannerUri: string;
  device: string;
}): Promise<SpawnedProcess> => {
  const agent = spawnEntry('agent-kiosk', 'hardware/src/agent/cli.ts', [
    '--server',
    options.serverUrl,
    '--printer',
    options.printerUri,
    '--scanner',
    options.scannerUri,
    '--device',
    options.device,
    '--id',
    `agent-${options.device}`,
  ]);
  await agent.waitForLine(/agent connected/);
  return agent;
};

export type KioskWithScanner = {
  server: QueueServerProcess;
  printer: LoopbackPrinter;
  scanner: PtyScanner;
  /** Stops the agent, the scanner, the printer and the server, in that order. */
  stop: () => Promise<void>;
};

/**
 * A demo centre with the kiosk `device` fully fitted: the real queue server, a loopback printer,
 * a serial scanner on a pseudo-terminal, and the real agent driving both.
 */
export const startKioskWithScanner = async (
  device: string,
  serverOptions: QueueServerOptions = {},
): Promise<KioskWithScanner> => {
  const server = await startQueueServer(serverOptions);
  const printer = await startLoopbackPrinter();
  const scanner = await startPtyScanner();
  const agent = await startKioskAgent({
    serverUrl: server.url,
    printerUri: printer.uri,
    scannerUri: scanner.uri,
    device,
  });
  return {
    server,
    printer,
    scanner,
    stop: async () => {
      await agent.stop();
      await scanner.close();
      await printer.close();
      await server.stop();
    },
  };
};
