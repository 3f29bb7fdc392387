import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { presentView, type Presentation } from '@openops/shell';
import { bundleApp } from '@openops/shell/packaging';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * The shell's own page (setup, pairing code, PIN prompt), as bundled, in Chromium. Electron's
 * preload cannot run here, so an init script stands in for it with the same bridge it exposes
 * (`window.openopsLocal`); the page, its hashed Content-Security-Policy and its script are
 * the real ones.
 */
let pageUrl: string;

test.beforeAll(async () => {
  const outDir = temporaryFolder('local-page');
  await bundleApp('kiosk', outDir);
  pageUrl = pathToFileURL(path.join(outDir, 'local-page.html')).href;
});

/** Opens the page with a stand-in bridge; returns what the page sent to "main". */
const openWith = async (page: Page, first: Presentation): Promise<unknown[]> => {
  const sent: unknown[] = [];
  await page.exposeBinding('recordSent', (_source, message: unknown) => sent.push(message));
  await page.addInitScript({
    content: `(() => {
      let listener = () => {};
      window.openopsLocal = {
        presentation: async () => (${JSON.stringify(first)}),
        onPresentation: (next) => { listener = next; },
        submit: async (channel, values) => { window.recordSent({ channel, values }); return { ok: true, data: null }; },
        action: async (channel) => { window.recordSent({ channel }); return { ok: true, data: null }; },
      };
      window.pushPresentation = (presentation) => listener(presentation);
    })();`,
  });
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(pageUrl);
  expect(violations).toEqual([]);
  return sent;
};

const setup = presentView({
  kind: 'setup',
  app: 'kiosk',
  serverUrl: '',
  deviceId: 'kiosk-pc-7',
  deviceName: 'Kiosk pc 7',
  pinRequired: true,
  hardware: ['printer', 'scanner'],
  devices: {},
});

test('a technician fills in first-run setup', async ({ page }) => {
  const sent = await openWith(page, setup);
  await expect(page.getByRole('heading', { name: 'Cài đặt lần đầu: Ki-ốt lấy số' })).toBeVisible();
  await page.getByLabel(/^Địa chỉ máy chủ/).fill('192.168.1.10:8080');
  await page.getByLabel(/^Tên thiết bị/).fill('Kiosk sảnh tầng 1');
  await page.getByLabel(/^Mã PIN quản trị/).fill('2468');
  await page.getByLabel(/^Máy in/).fill('tcp://192.168.1.50:9100');
  await page.getByRole('button', { name: /^Gửi yêu cầu ghép nối/ }).click();
  await expect
    .poll(() => sent)
    .toEqual([
      {
        channel: 'setup:submit',
        values: {
          serverUrl: '192.168.1.10:8080',
          deviceName: 'Kiosk sảnh tầng 1',
          adminPin: '2468',
          printer: 'tcp://192.168.1.50:9100',
          scanner: '',
        },
      },
    ]);
  await expect(page.getByLabel(/^Mã PIN quản trị/)).toHaveAttribute('type', 'password');
});

test('the pairing code replaces the form when main pushes it', async ({ page }) => {
  await openWith(page, setup);
  const pending = presentView({
    kind: 'pairing',
    step: 'app',
    pairing: { kind: 'pending', requestId: 'r', pairingCode: '482913' },
    serverUrl: 'http://192.168.1.10:8080',
    deviceId: 'kiosk-pc-7',
    deviceName: 'Kiosk sảnh tầng 1',
  });
  await page.evaluate(`window.pushPresentation(${JSON.stringify(pending)})`);
  await expect(page.getByRole('heading', { name: 'Chờ quản trị viên phê duyệt' })).toBeVisible();
  await expect(page.getByLabel('Mã ghép nối 4 8 2 9 1 3')).toHaveText('482913');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/shell-pairing-code.png' });
});

test('the admin PIN prompt sends the PIN or cancels', async ({ page }) => {
  const sent = await openWith(page, presentView({ kind: 'admin-pin' }));
  await page.getByLabel(/^Mã PIN/).fill('2468');
  await page.getByRole('button', { name: /^Thoát/ }).click();
  await page.getByRole('button', { name: /^Huỷ/ }).click();
  await expect
    .poll(() => sent)
    .toEqual([{ channel: 'admin:pin', values: { pin: '2468' } }, { channel: 'admin:cancel' }]);
});
