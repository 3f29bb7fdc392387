import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { openSupervisor } from '../support/supervisor-page';
import { temporaryFolder } from '../support/temporary-folder';

/** The backup panel says the daily copies are failing, since when and why. */
let server: QueueServerProcess | undefined;

test.afterAll(async () => {
  await server?.stop();
});

test('while copies cannot be written, the backup panel says so with the time and the error, not that none was taken yet', async ({
  page,
}) => {
  // A backups folder under a file: no one can create it, root included.
  const blocker = path.join(temporaryFolder('no-backups'), 'a-file');
  writeFileSync(blocker, '');
  server = await startQueueServer({
    logName: 'supervisor-backup-failure-server',
    args: ['--backups', path.join(blocker, 'backups')],
  });
  await openSupervisor(page, server.url);
  const panel = page.getByRole('region', { name: 'Sao lưu dữ liệu' });
  // The first copy is tried a few seconds after start; the floor reports its failure.
  await expect(panel.locator('.needs-attention')).toHaveText(
    /^Sao lưu đang bị lỗi từ \d{2}:\d{2} hôm nay: .*ENOTDIR.*Máy chủ tự thử lại sau mỗi 10 phút/,
    { timeout: 20_000 },
  );
  await expect(panel).not.toContainText('vài giây sau khi khởi động');
});
