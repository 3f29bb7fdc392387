import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort } from '../support/edited-centre';
import { repoRoot } from '../support/repo-paths';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * The README's first command: `npm start` serves the demo centre (the three apps, the API and the
 * reference OpenOPS backend), and stopping it stops all of it, also when `npm` alone is sent
 * SIGTERM (a service manager, `timeout`), which npm does not pass on to the script it runs.
 */
const answers = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

/** Whether any process of the group led by `pid` still runs. */
const groupAlive = (pid: number | undefined): boolean => {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

const until = async (check: () => Promise<boolean>, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

test('npm start serves the demo centre, and SIGTERM to npm stops all of it', async () => {
  // The demo runs the project's setup first, which builds the apps again.
  test.setTimeout(300_000);
  const [port, backendPort] = [await freePort(), await freePort()];
  const server = `http://127.0.0.1:${port}`;
  const backend = `http://127.0.0.1:${backendPort}/admin/stats`;
  // Its own process group, so whatever the test leaves behind can be stopped at the end.
  const npm = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      BACKEND_PORT: String(backendPort),
      OPENOPS_DATA: `${temporaryFolder('demo')}/centre`,
    },
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  try {
    await until(() => answers(`${server}/api/v1/health`), 240_000, 'the demo server');
    expect(output).toContain(`http://localhost:${port}/kiosk/`);
    for (const app of ['kiosk', 'counter', 'display']) {
      expect(await answers(`${server}/${app}/`), app).toBe(true);
    }
    expect(await answers(backend)).toBe(true);

    const npmExited = new Promise((resolve) => npm.once('exit', resolve));
    npm.kill('SIGTERM');
    await npmExited;
    await until(
      async () => !(await answers(`${server}/api/v1/health`)) && !(await answers(backend)),
      15_000,
      'the server and the backend to stop with npm',
    );
    // The hardware agents too: nothing of the demo is left in its process group.
    await until(async () => !groupAlive(npm.pid), 15_000, 'every demo process to end');
  } finally {
    try {
      if (npm.pid !== undefined) process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // The group has ended: nothing was left behind.
    }
  }
});
