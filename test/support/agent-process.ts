import { spawnTs, type SpawnedProcess } from './spawned-process';

/** Starts the real hardware agent CLI bound to a device, waiting until the server accepted it. */
export const startAgentProcess = async (options: {
  serverUrl: string;
  printerUri: string;
  device: string;
}): Promise<SpawnedProcess> => {
  const agent = spawnTs('agent', 'hardware/src/agent/cli.ts', [
    '--server',
    options.serverUrl,
    '--printer',
    options.printerUri,
    '--device',
    options.device,
    '--id',
    `agent-${options.device}`,
  ]);
  await agent.waitForLine(/agent connected/);
  return agent;
};
