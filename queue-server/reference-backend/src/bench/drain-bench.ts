import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReferenceBackend, type RunningBackend } from '../backend-server';

/**
 * Drain benchmark: how long the queue server's outbox takes to deliver 10,000 queued dossiers
 * to the reference backend, against a plain HTTP loop posting the same payloads one by one to a
 * fresh backend, in the same run. Target: drain ≤ 2 × plain loop.
 *
 * The dossiers are received through the real REST API while the centre has no backend (they
 * wait in the outbox), then the server restarts with the backend configured; the drain is timed
 * from its "listening" line to the backend holding every dossier.
 */
const count = Number(process.env.DRAIN_COUNT ?? 10_000);
const key = 'bench-centre-key-0123456789abcdef';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const tsxCli = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'openops-drain-bench-'));
const log = createWriteStream(path.join(work, 'server.log'));

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const startCentre = async (
  extraArgs: readonly string[],
): Promise<{ child: ChildProcess; url: string; at: number }> => {
  const child = spawn(
    process.execPath,
    [
      tsxCli,
      path.join(repoRoot, 'queue-server/src/cli.ts'),
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      path.join(work, 'centre'),
      '--demo',
      ...extraArgs,
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, INIT_CWD: repoRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stderr?.pipe(log, { end: false });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], at: performance.now() });
    });
    child.once('exit', (code) =>
      reject(new Error(`queue server exited (${String(code)}); see ${work}/server.log`)),
    );
  });
};

const stopCentre = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const dossierBody = (index: number) => ({
  procedureId: 'dang-ky-ket-hon',
  applicant: {
    name: `Nguyễn Thị Bích Ngọc ${index}`,
    idNumber: '079203001234',
    phone: '0912345678',
  },
  documents: [
    { documentId: 'to-khai', form: 'original', quantity: 1 },
    { documentId: 'xac-nhan-hon-nhan', form: 'original', quantity: 1 },
  ],
  counterId: 'quay-1',
  officerName: 'Trần Văn Bình',
});

const storedDossiers = async (backend: RunningBackend): Promise<number> => {
  const response = await fetch(`${backend.url}/admin/stats`);
  const body = (await response.json()) as { data: { stored: Record<string, number> } };
  return body.data.stored.dossier ?? 0;
};

const main = async (): Promise<void> => {
  print(`sync drain benchmark: ${count} dossiers (reference backend with fsync per record)`);
  // 1. Queue the dossiers: a centre with no backend keeps every sync record in its outbox.
  const filling = await startCentre([]);
  const fillStart = performance.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      const response = await fetch(`${filling.url}/api/v1/dossiers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(dossierBody(index)),
      });
      if (response.status !== 201)
        throw new Error(`receive failed: HTTP ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  const fillMs = performance.now() - fillStart;
  print(
    `  received ${count} dossiers through REST in ${(fillMs / 1000).toFixed(1)} s (${Math.round(count / (fillMs / 1000))}/s)`,
  );
  await stopCentre(filling.child);

  // 2. Drain: restart the centre with the backend configured.
  const drainBackend = await startReferenceBackend({
    port: 0,
    dataDir: path.join(work, 'backend-drain'),
    centreKey: key,
  });
  const syncFile = path.join(work, 'sync.json');
  writeFileSync(
    syncFile,
    JSON.stringify({
      centreKey: key,
      backends: [{ id: 'tinh', url: drainBackend.url }],
      retry: { concurrency: Number(process.env.DRAIN_CONCURRENCY ?? 8) },
    }),
  );
  const draining = await startCentre(['--sync-config', syncFile]);
  while ((await storedDossiers(drainBackend)) < count) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const drainMs = performance.now() - draining.at;
  await stopCentre(draining.child);

  // 3. The plain loop: the same payloads and keys, one POST after another, to a fresh backend.
  const records = (
    (await (await fetch(`${drainBackend.url}/admin/records?kind=dossier`)).json()) as {
      data: Array<{ key: string; body: unknown }>;
    }
  ).data;
  const plainBackend = await startReferenceBackend({
    port: 0,
    dataDir: path.join(work, 'backend-plain'),
    centreKey: key,
  });
  const plainStart = performance.now();
  for (const record of records) {
    const response = await fetch(`${plainBackend.url}/v1/dossiers`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'x-openops-centre': '000.00.06.H56',
        'content-type': 'application/json; charset=utf-8',
        'idempotency-key': record.key,
      },
      body: JSON.stringify(record.body),
    });
    await response.json();
  }
  const plainMs = performance.now() - plainStart;
  const plainStored = await storedDossiers(plainBackend);

  print(
    `  outbox drain:     ${(drainMs / 1000).toFixed(2)} s  (${Math.round(count / (drainMs / 1000))} dossiers/s, ordered per dossier, acknowledged, marked done in SQLite)`,
  );
  print(
    `  plain HTTP loop:  ${(plainMs / 1000).toFixed(2)} s  (${Math.round(count / (plainMs / 1000))} dossiers/s, ${plainStored} stored)`,
  );
  print(`  drain / plain = ${(drainMs / plainMs).toFixed(2)}× (target ≤ 2×)`);
  await drainBackend.close();
  await plainBackend.close();
  rmSync(work, { recursive: true, force: true });
};

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
