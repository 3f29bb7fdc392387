import { spawnEntry, type SpawnedProcess } from './spawned-process';

/**
 * Starts the real hardware agent for a counter PC: its receipt printer, and (when given) its
 * scanner and rating keypad on serial ports, waiting until the server accepted it.
 */
export const startCounterAgent = async (options: {
  serverUrl: string;
  device: string;
  printerUri: string;
  keypadPath?: string;
  scannerPath?: string;
}): Promise<SpawnedProcess> => {
  const agent = spawnEntry(`agent-${options.device}`, 'hardware/src/agent/cli.ts', [
    '--server',
    options.serverUrl,
    '--device',
    options.device,
    '--id',
    `agent-${options.device}`,
    '--printer',
    options.printerUri,
    ...(options.keypadPath ? ['--keypad', `serial:${options.keypadPath}?buttons=3`] : []),
    ...(options.scannerPath ? ['--scanner', `serial:${options.scannerPath}`] : []),
  ]);
  await agent.waitForLine(/agent connected/);
  return agent;
};
