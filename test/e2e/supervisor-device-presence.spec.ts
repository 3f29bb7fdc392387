import { expect, test } from '@playwright/test';
import type { FloorView } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { connectAs } from '../support/server-sockets';
import { openSupervisor, tableRow } from '../support/supervisor-page';

/**
 * Device presence on the supervisor's floor across a server restart, against the real server:
 * a display and a kiosk seen before the restart are still listed afterwards, offline since the
 * start with their last-seen time, until they come back.
 */
let server: QueueServerProcess | undefined;

test.afterAll(async () => {
  await server?.stop();
});

const floorOf = async (url: string): Promise<FloorView> => {
  const supervisor = await signIn(url, demoAccounts.supervisor);
  const reply = await api<FloorView>(url, 'GET', '/floor', { token: supervisor.token });
  if (!reply.body.ok) throw new Error(reply.body.error.message);
  return reply.body.data;
};
const deviceIn = (floor: FloorView, id: string) => floor.devices.find((device) => device.id === id);

test('devices seen before a restart stay on the floor, offline since the start, until they return', async ({
  page,
}) => {
  const first = await startQueueServer({ logName: 'supervisor-device-presence' });
  const kiosk = await connectAs(first.url, '/kiosk', { deviceId: 'kiosk-1' });
  const display = await connectAs(first.url, '/display', { deviceId: 'display-1' });
  await expect.poll(async () => deviceIn(await floorOf(first.url), 'display-1')?.online).toBe(true);
  display.close();
  await expect
    .poll(async () => deviceIn(await floorOf(first.url), 'display-1')?.offlineSince ?? null)
    .not.toBeNull();
  const beforeRestart = await floorOf(first.url);
  kiosk.close();
  await first.stop();

  const restartedAt = Date.now();
  server = await startQueueServer({
    dataDir: first.dataDir,
    logName: 'supervisor-device-presence',
  });
  const after = await floorOf(server.url);
  const display1 = deviceIn(after, 'display-1');
  expect(display1).toMatchObject({
    online: false,
    lastSeen: deviceIn(beforeRestart, 'display-1')?.lastSeen,
  });
  expect(Date.parse(display1?.offlineSince ?? '')).toBeGreaterThanOrEqual(restartedAt - 1000);
  expect(deviceIn(after, 'kiosk-1')).toMatchObject({ online: false });
  expect(deviceIn(after, 'kiosk-1')?.lastSeen).not.toBeNull();

  await openSupervisor(page, server.url);
  const displayRow = tableRow(page, 'Tình trạng thiết bị', 'display-1');
  // The name the centre gave the screen, beside its id.
  await expect(displayRow.getByRole('cell').nth(0)).toHaveText('Màn hình sảnh chờ tầng 1');
  await expect(displayRow.getByRole('cell').nth(2)).toHaveText(/^Ngoại tuyến từ \d\d:\d\d:\d\d$/);
  await expect(displayRow.getByRole('cell').nth(4)).toHaveText(/^\d\d:\d\d:\d\d$/);

  const back = await connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1' });
  await expect(
    tableRow(page, 'Tình trạng thiết bị', 'kiosk-1').getByRole('cell').nth(2),
  ).toHaveText('Trực tuyến');
  back.close();
});
