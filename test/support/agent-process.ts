import { spawnEntry, type SpawnedProcess } from './spawned-process';

/** Starts the real hardware agent CLI bound to a device, waiting until the server accepted it. */
export const startAgentProcess = async (options: {
  serverUrl: string;
  printerUri?: string;
  scannerUri?: string;
  keypadUri?: string;
  device: string;
  /** Printer status poll in ms; the agent's default (3000) when not given. */
  statusIntervalMs?: number;
  env?: Record<string, string>;
}): Promise<SpawnedProcess> => {
  const agent = spawnEntry(
    `agent-${options.device}`,
    'hardware/src/agent/cli.ts',
    [
      '--server',
      options.serverUrl,
      ...(options.printerUri ? ['--printer', options.printerUri] : []),
      ...(options.scannerUri ? ['--scanner', options.scannerUri] : []),
      ...(options.keypadUri ? ['--keypad', options.keypadUri] : []),
      ...(options.statusIntervalMs ? ['--status-interval', String(options.statusIntervalMs)] : []),
      '--device',
      options.device,
      '--id',
      `agent-${options.device}`,
    ],
    options.env,
  );
  await agent.waitForLine(/agent connected/);
  return agent;
};
