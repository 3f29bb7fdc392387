import { expect, test, type Page } from '@playwright/test';
import type { Call, IssuedTicket, ShellDevice } from '@openops/protocol';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, pairDevice, signIn } from '../support/server-auth';

/**
 * Apps inside the Electron shell on a secure centre (no demo access): the page asks the shell's
 * bridge (`window.openopsShell.device()`, here put in place as the preload would) for the paired
 * identity and presents its token on the socket and on REST. A plain browser without it is
 * refused. Electron cannot run here, so the bridge is the preload's, not Electron's.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ secure: true, logName: 'queue-server-shell-identity' });
});

test.afterAll(async () => {
  await server?.stop();
});

const insideShell = async (page: Page, device: ShellDevice): Promise<void> => {
  // Page code as a string: this project compiles without the DOM library.
  await page.addInitScript({
    content: `Object.defineProperty(window, 'openopsShell', {
      value: { device: () => Promise.resolve(${JSON.stringify(device)}) },
    });`,
  });
};

test('a paired kiosk takes tickets and looks dossiers up; an unpaired page is refused', async ({
  page,
  browser,
}) => {
  const stranger = await browser.newPage();
  await stranger.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await expect(
    stranger.getByRole('heading', { name: 'Máy lấy số chưa được ghép nối' }),
  ).toBeVisible();
  await stranger.close();

  const token = await pairDevice(server.url, { deviceId: 'kiosk-1', role: 'kiosk' });
  await insideShell(page, { app: 'kiosk', deviceId: 'kiosk-1', token, serverUrl: server.url });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await page.getByRole('button', { name: /Hộ tịch/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
  await ticket.getByRole('button', { name: 'Xong' }).click();

  // REST carries the token too: an unknown code is "not found", not "pair this device".
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await page.getByRole('textbox', { name: 'Mã hồ sơ' }).fill('000.00.06.H56-231027-0361');
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Không tìm thấy hồ sơ có mã 000.00.06.H56-231027-0361',
  );
});

test('a paired display shows the calls made in its zones', async ({ page }) => {
  const token = await pairDevice(server.url, { deviceId: 'display-1', role: 'display' });
  await insideShell(page, { app: 'display', deviceId: 'display-1', token, serverUrl: server.url });
  await page.goto(`${server.url}/display/?device=display-1`);
  await expect(page.getByRole('alert')).toHaveCount(0);

  const officer = (await signIn(server.url, demoAccounts.officer1)).token;
  const issued = await api<IssuedTicket>(server.url, 'POST', '/tickets', {
    token: officer,
    body: { serviceId: 'ho-tich' },
  });
  if (!issued.body.ok) throw new Error(JSON.stringify(issued.body));
  const called = await api<Call>(server.url, 'POST', '/counters/quay-1/call-next', {
    token: officer,
  });
  if (!called.body.ok) throw new Error(JSON.stringify(called.body));
  await expect(page.getByRole('region', { name: 'Số đang gọi' })).toContainText(
    `${called.body.data.ticketNumber} → Quầy 1`,
  );
});
