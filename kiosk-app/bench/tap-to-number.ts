/**
 * Tap → number on screen, p50/p95/p99, on the built kiosk in Debian's Chromium against a real
 * queue server (its own temporary data folder, the demo centre, port 0) and no printer agent.
 *
 * Measured inside the page: from the `pointerdown` of the tap to the animation frame after the
 * ticket number is in the DOM, so the figure is what a citizen sees, without the test driver's
 * round trips. Target (issue 5): p95 ≤ 150 ms.
 *
 * `npm run bench -w @openops/kiosk-app` (needs `npm run build:apps` first). TAPS=<n> changes the
 * number of taps (default 200).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const taps = Number(process.env.TAPS ?? 200);
const warmUp = 10;

const startServer = async (dataDir: string) => {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      path.join(repoRoot, 'queue-server/src/cli.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      dataDir,
      '--demo',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`queue server exited with ${String(code)}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const main = async (): Promise<void> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'openops-kiosk-bench-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
    await page.goto(`${server.url}/kiosk/?device=kiosk-bench`);
    // "Return of results" has no daily limit, so every tap gets a number.
    const service = page.getByRole('button', { name: /Trả kết quả/ });
    const done = page.getByRole('button', { name: 'Xong' });
    const samples: number[] = [];
    for (let index = 0; index < warmUp + taps; index += 1) {
      await service.waitFor();
      const measured = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let tappedAt = 0;
            document.addEventListener(
              'pointerdown',
              () => {
                tappedAt = performance.now();
              },
              { capture: true, once: true },
            );
            const observer = new MutationObserver(() => {
              if (!document.querySelector('.ticket-number')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - tappedAt));
            });
            observer.observe(document.body, { childList: true, subtree: true });
          }),
      );
      await service.click();
      const elapsed = await measured;
      if (index >= warmUp) samples.push(elapsed);
      await done.click();
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
    const figure = (value: number): string => `${value.toFixed(1)} ms`;
    process.stdout.write(
      [
        `kiosk tap → number on screen (${samples.length} taps after ${warmUp} warm-up, real server, Chromium headless)`,
        `  mean ${figure(mean)}  p50 ${figure(percentile(sorted, 50))}  p95 ${figure(percentile(sorted, 95))}  p99 ${figure(percentile(sorted, 99))}  max ${figure(sorted.at(-1) ?? Number.NaN)}`,
        `  target p95 ≤ 150 ms: ${percentile(sorted, 95) <= 150 ? 'met' : 'NOT met'}`,
      ].join('\n') + '\n',
    );
  } finally {
    await browser.close();
    server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
