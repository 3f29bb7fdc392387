import { expect, test } from '@playwright/test';
import type { Dossier } from '@openops/protocol';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import {
  api,
  eventually,
  killHard,
  mustOk,
  receiveDossier,
  startSyncCentre,
  syncStatus,
  type SyncCentre,
} from '../support/sync-centre';

// Real processes: the queue server (demo centre) and the reference OpenOPS backend.
let backend: ReferenceBackendProcess;
let centre: SyncCentre;

test.afterEach(async () => {
  await centre?.stop();
  await backend?.stop();
});

const issueTickets = async (count: number, serviceId = 'ho-tich'): Promise<void> => {
  for (let index = 0; index < count; index += 1) {
    mustOk(await api(centre, 'POST', '/tickets', { serviceId }));
  }
};

/** Receives dossiers and walks some of them through supplement, processing and return. */
const dossierTraffic = async (count: number): Promise<{ dossiers: Dossier[]; changes: number }> => {
  const dossiers: Dossier[] = [];
  let changes = 0;
  for (let index = 0; index < count; index += 1) {
    const dossier = await receiveDossier(centre, `Nguyễn Văn Thưởng ${index}`);
    dossiers.push(dossier);
    if (index % 2 === 0) {
      mustOk(
        await api(centre, 'POST', `/dossiers/${dossier.code}/supplement`, {
          items: ['Giấy xác nhận tình trạng hôn nhân'],
        }),
      );
      mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/supplement-received`));
      changes += 2;
    }
    if (index % 3 === 0) {
      mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/processed`));
      mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/returned`));
      changes += 2;
    }
  }
  return { dossiers, changes };
};

const drained = async (): Promise<void> => {
  await eventually(
    () => syncStatus(centre),
    (status) => status.pending === 0 && status.parked === 0,
    { timeoutMs: 60_000, what: 'outbox drained' },
  );
};

test('backend down for a simulated hour: nothing lost, each record delivered once, in order', async () => {
  backend = await startReferenceBackend();
  await backend.setFaults({ mode: 'drop' });
  const outageStartedAt = Date.now();
  centre = await startSyncCentre({ sync: { backends: [{ id: 'tinh', url: backend.url }] } });

  await issueTickets(12);
  for (let call = 0; call < 5; call += 1) {
    mustOk(await api(centre, 'POST', '/counters/quay-1/call-next', {}));
  }
  const { dossiers, changes } = await dossierTraffic(15);

  // An hour of a real centre's outage (back-off capped at 5 min) runs here in seconds with the
  // test's 200 ms cap. After a round in which every attempt failed, the backend is paused and
  // probed with one record per back-off step (~12 in an hour), not hit by every record on its
  // own retry timer: wait for twelve probes.
  const refusedBefore = (await backend.stats()).faulted;
  await eventually(
    () => backend.stats(),
    (stats) => stats.faulted >= refusedBefore + 12,
    { what: 'an hour of probes' },
  );
  // At the cap, one probe every 100–200 ms: about ten in a second. The 32 records waiting here,
  // each on its own timer, would be refused some 200 times in that second.
  const windowStart = (await backend.stats()).faulted;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect((await backend.stats()).faulted - windowStart).toBeLessThanOrEqual(15);
  const waiting = await syncStatus(centre);
  expect(waiting.pending).toBeGreaterThanOrEqual(dossiers.length + 12 + 5);
  expect(waiting.lastError).toContain(
    'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server)',
  );
  // The time of that error, for programs reading the status, within this outage.
  expect(Date.parse(waiting.lastErrorAt ?? '')).toBeGreaterThanOrEqual(outageStartedAt);
  expect((await backend.stats()).stored).toEqual({});

  await backend.setFaults({ mode: 'none' });
  await drained();

  const stats = await backend.stats();
  expect(stats.stored).toMatchObject({ dossier: dossiers.length, 'dossier-status': changes });
  const events = await backend.records('ticket-event');
  const ofType = (type: string): number =>
    events.filter((event) => event.body.LoaiSuKien === type).length;
  expect([ofType('issued'), ofType('called')]).toEqual([12, 5]);
  expect(new Set(events.map((event) => event.body.MaSuKien)).size).toBe(events.length);
  expect(stats.duplicateRecords).toBe(0);
  expect(stats.outOfOrder).toBe(0);
  // A dropped connection never reached the store, so nothing was even re-sent after success.
  expect(stats.duplicateRequests).toBe(0);

  const stored = await backend.records('dossier');
  // Order is kept per dossier (checked below), not across dossiers: they travel in parallel.
  expect(stored.map((record) => String(record.body.MaHoSo)).sort()).toEqual(
    dossiers.map((dossier) => dossier.code).sort(),
  );
  const first = stored.find((record) => record.body.MaHoSo === dossiers[0]?.code);
  expect(first?.body).toMatchObject({
    ChuHoSo: 'Nguyễn Văn Thưởng 0',
    TenTTHC: 'Đăng ký kết hôn',
    SoGiayToChuHoSo: '********1234',
    TrangThaiHoSo: 2,
    KenhThucHien: 1,
  });
  expect(String(first?.body.NgayTiepNhan)).toMatch(/^\d{14}$/);
  const firstHistory = (await backend.records('dossier-status'))
    .filter((record) => record.body.MaHoSo === dossiers[0]?.code)
    .map((record) => [record.body.ThuTu, record.body.TrangThaiHoSo]);
  expect(firstHistory).toEqual([
    [2, 5],
    [3, 4],
    [4, 9],
    [5, 10],
  ]);
});

test('random 500s and timeouts: every record stored exactly once, lost acks answered as duplicates', async () => {
  backend = await startReferenceBackend();
  // 1 s client timeout (fastRetry) against 1.5 s hangs: the record is stored but its ack is lost.
  await backend.setFaults({ mode: 'random', failRate: 0.3, timeoutRate: 0.15, hangMs: 1500 });
  centre = await startSyncCentre({ sync: { backends: [{ id: 'tinh', url: backend.url }] } });

  await issueTickets(10);
  const { dossiers, changes } = await dossierTraffic(12);
  await drained();

  const stats = await backend.stats();
  expect(stats.stored).toMatchObject({
    dossier: dossiers.length,
    'dossier-status': changes,
    'ticket-event': 10,
  });
  expect(stats.faulted).toBeGreaterThan(0);
  // Records stored whose ack was lost were sent again and answered as duplicates, not stored twice.
  expect(stats.duplicateRequests).toBeGreaterThan(0);
  expect(stats.duplicateRecords).toBe(0);
  expect(stats.outOfOrder).toBe(0);
});

test('server killed mid-send: after a restart everything arrives once and codes keep increasing', async () => {
  backend = await startReferenceBackend();
  await backend.setFaults({ mode: 'slow', delayMs: 150 });
  centre = await startSyncCentre({ sync: { backends: [{ id: 'tinh', url: backend.url }] } });

  const dossiers: Dossier[] = [];
  for (let index = 0; index < 40; index += 1) {
    dossiers.push(await receiveDossier(centre, `Lê Thị Ánh ${index}`));
  }
  await eventually(
    () => backend.stats(),
    (stats) => (stats.stored.dossier ?? 0) > 0 && (stats.stored.dossier ?? 0) < 40,
    { what: 'part of the outbox sent' },
  );
  await killHard(centre);

  await backend.setFaults({ mode: 'none' });
  centre = await startSyncCentre({
    dataDir: centre.dataDir,
    name: 'sync-centre-restarted',
    sync: { backends: [{ id: 'tinh', url: backend.url }] },
  });
  await drained();
  const stats = await backend.stats();
  expect(stats.stored.dossier).toBe(40);
  expect(stats.duplicateRecords).toBe(0);

  const after = await receiveDossier(centre, 'Phạm Quốc Việt');
  const sequence = (code: string): number => Number(code.slice(code.lastIndexOf('-') + 1));
  expect(sequence(after.code)).toBe(
    Math.max(...dossiers.map((dossier) => sequence(dossier.code))) + 1,
  );
});
