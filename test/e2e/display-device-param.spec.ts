import { expect, test } from '@playwright/test';
import { fullHd, mutedChromium, issueAndCall } from '../support/display-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';

/**
 * A mistyped `?device=` in a screen's address is refused by name, never taken for the app's
 * default device: a floor-2 TV must not pass for display-1 and call the hall's numbers. The
 * kiosk and the counter app read the same parameter through the same helper and say so too.
 */
test.use({ launchOptions: mutedChromium });

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'queue-server-display-device' });
});

test.afterAll(async () => {
  await server?.stop();
});

for (const [label, device, shown] of [
  ['with Vietnamese letters', 'm%C3%A0n-h%C3%ACnh-2', '"màn-hình-2"'],
  ['with a space', 'display%202', '"display 2"'],
  ['left empty', '', '""'],
] as const) {
  test(`a display id ${label} is refused by name, not taken for display-1`, async ({
    browser,
    request,
  }) => {
    // display-1 has a call on screen: a screen passing for it would show it.
    const called = await issueAndCall(request, server.url);
    const page = await browser.newPage({ viewport: fullHd });
    await page.goto(`${server.url}/display/?device=${device}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Màn hình chưa được cấu hình');
    await expect(alert).toContainText(shown);
    await expect(page.getByRole('region', { name: 'Số đang gọi' })).toHaveCount(0);
    await expect(page.getByText(called)).toHaveCount(0);
    await page.close();
  });
}

test('a display without ?device= is still display-1', async ({ browser, request }) => {
  const page = await browser.newPage({ viewport: fullHd });
  await page.goto(`${server.url}/display/`);
  await expect(page.getByRole('listitem', { name: /^Hộ tịch: \d+$/ })).toBeVisible();
  const called = await issueAndCall(request, server.url);
  await expect(page.getByRole('region', { name: 'Số đang gọi' })).toHaveText(`${called} → Quầy 1`);
  await page.close();
});

test('a kiosk with a mistyped ?device= is refused rather than passing for kiosk-1', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/kiosk/?device=ki%E1%BB%91t%201`);
  await expect(page.getByRole('heading', { name: /Kiosk chưa được cấu hình/ })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Mã kiosk "kiốt 1" trong địa chỉ');
  await expect(page.getByRole('button', { name: /Hộ tịch/ })).toHaveCount(0);
  await page.goto(`${server.url}/kiosk/`);
  await expect(page.getByRole('button', { name: /Hộ tịch/ })).toBeVisible();
  await page.close();
});

test('a counter PC with a mistyped ?device= says so by name instead of waiting to connect', async ({
  browser,
}) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/counter/?device=qu%E1%BA%A7y%201`);
  await expect(page.getByRole('alert')).toContainText('Mã máy "quầy 1" trong địa chỉ');
  await expect(page.getByRole('button', { name: 'Quầy 1', exact: true })).toHaveCount(0);
  await page.goto(`${server.url}/counter/?device=counter-pc-1`);
  await expect(page.getByRole('button', { name: 'Quầy 1', exact: true })).toBeVisible();
  await page.close();
});
