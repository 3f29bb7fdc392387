import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitUntil } from './wait-until';

export type PtyPair = {
  /** The end the driver opens, as it would a USB serial adapter. */
  devicePath: string;
  /** The end the test opens to play the device; nothing reads it until a test does. */
  farPath: string;
  /** Pulls the "cable": both ends vanish, without a close event. */
  unplug: () => void;
  /** Unplugs and removes the folder. */
  stop: () => void;
};

/** A linked pair of kernel pseudo-terminals from socat (`socat pty,raw,echo=0 pty,raw,echo=0`). */
export const startPtyPair = async (): Promise<PtyPair> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-pty-'));
  const devicePath = path.join(folder, 'agent-side');
  const farPath = path.join(folder, 'far-side');
  const socat = spawn(
    'socat',
    [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${farPath}`],
    { stdio: 'ignore' },
  );
  await waitUntil(() => existsSync(devicePath) && existsSync(farPath), 'the pseudo-terminals');
  const unplug = (): void => {
    socat.kill('SIGTERM');
  };
  return {
    devicePath,
    farPath,
    unplug,
    stop: () => {
      unplug();
      rmSync(folder, { recursive: true, force: true });
    },
  };
};
