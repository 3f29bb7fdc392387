import { expect, test } from '@playwright/test';
import type { Dossier } from '@openops/protocol';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import {
  api,
  buildingPermit,
  eventually,
  mustOk,
  receiveDossier,
  startSyncCentre,
  syncStatus,
  type SyncCentre,
} from '../support/sync-centre';
import { openSupervisor, tableRow } from '../support/supervisor-page';

/**
 * The supervisor's view of sync on the floor, against the real queue server and the reference
 * OpenOPS backend: a centre whose only backend takes land dossiers delivers those and parks a
 * civil-status dossier with its reason; the supervisor reads both and asks for a retry.
 */
let backend: ReferenceBackendProcess;
let centre: SyncCentre;

test.afterEach(async () => {
  await centre?.stop();
  await backend?.stop();
});

test('the floor shows what waits for OpenOPS, what was refused and why, and retries it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  backend = await startReferenceBackend({ name: 'backend-land-sync-panel' });
  centre = await startSyncCentre({
    sync: { backends: [{ id: 'dat-dai', url: backend.url, fields: ['dat-dai'] }] },
    name: 'sync-panel-centre',
  });
  const stranded = await receiveDossier(centre, 'Ngô Bảo Châu');
  mustOk(await api<Dossier>(centre, 'POST', '/dossiers', buildingPermit));
  await eventually(
    () => syncStatus(centre),
    (value) => value.parked === 1 && value.pending === 0 && value.delivered >= 1,
    { what: 'permit delivered, civil dossier parked' },
  );

  await openSupervisor(page, centre.url);
  // The floor's alerts name it too, above everything else.
  await expect(page.getByRole('region', { name: 'Cảnh báo' })).toContainText(
    'Đồng bộ OpenOPS: 1 bản ghi bị từ chối',
  );
  const panel = page.getByRole('region', { name: 'Đồng bộ OpenOPS' });
  await expect(panel.getByRole('status')).toContainText('1 bản ghi bị từ chối và đang treo');
  await expect(tableRow(page, 'Số liệu đồng bộ', 'Bị treo')).toContainText('1');
  await expect(tableRow(page, 'Số liệu đồng bộ', 'Chờ gửi')).toContainText('0');
  const parked = panel.getByRole('table', { name: 'Bản ghi bị treo' }).getByRole('row', {
    name: new RegExp(stranded.code.replace(/\./g, '\\.')),
  });
  await expect(parked).toContainText('Hồ sơ');
  await expect(parked).toContainText('không có backend cho lĩnh vực');
  await page.screenshot({ path: 'test-results/screens/supervisor-sync.png', fullPage: true });

  await parked.getByRole('button', { name: `Gửi lại ${stranded.code}` }).click();
  await expect(panel.getByText(/^Đã đưa bản ghi #\d+ vào hàng gửi lại\.$/)).toBeVisible();
  // Still no backend for civil status: the record is refused again and stays in view.
  await expect(parked).toBeVisible({ timeout: 30_000 });
});
