import { networkInterfaces } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { decodeEscPos } from '@openops/hardware';
import { screens, useKioskCentre, type KioskCentre } from '../support/kiosk-page';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * Following a ticket from its QR, with the real server, agent and loopback printer: the kiosk
 * prints the ticket with a QR holding its tracking address, and that address opened on a phone
 * shows the ticket's place in the queue, then the counter it is called to. The kiosk runs on the
 * server machine and reaches it at `localhost`, which on a phone would be the phone: the QR holds
 * the server's LAN address instead, or is left off when no phone can reach the server.
 */

/**
 * This machine's IPv4 addresses other than loopback. Which one the server picks is its own
 * business (tracking-base.test.ts); here the QR must hold one of them, and open on a phone.
 */
const outwardAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flatMap((addresses) => addresses ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);

/** Takes a Hộ tịch ticket at the kiosk; its number and the QR printed on it (null for none). */
const takeTicket = async (
  kiosk: KioskCentre,
  page: Page,
): Promise<{ number: string; ahead: number; qr: string | null }> => {
  await kiosk.open(page);
  await page.getByRole('button', { name: /Hộ tịch/ }).click();
  const slip = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  const number = (await slip.getByText(/^A\d{3}$/).textContent()) ?? '';
  expect(number).toMatch(/^A\d{3}$/);
  const ahead = Number(/Số người đang chờ trước bạn: (\d+)/.exec(await slip.innerText())?.[1]);
  const bytes = await kiosk.printer.waitFor((printed) => printed.includes(number));
  // Under 10 KB with its QR and footer: a 115200-baud serial printer takes it in about a second.
  expect(bytes.length).toBeLessThan(10 * 1024);
  const qr = decodeEscPos(bytes).find((op) => op.op === 'qr');
  return { number, ahead, qr: qr && 'data' in qr ? String(qr.data) : null };
};

test.describe('a server listening on every interface, as a centre runs it', () => {
  const kiosk = useKioskCentre({ args: ['--host', '0.0.0.0'] });
  const outward = outwardAddresses();
  test.skip(outward.length === 0, 'this machine has no LAN address for a phone to open');

  test('a printed ticket carries a QR whose page follows the ticket to its counter', async ({
    page,
    browser,
  }) => {
    const server = new URL(kiosk.server.url);
    expect(server.hostname).toBe('localhost');
    const { number, ahead, qr } = await takeTicket(kiosk, page);
    // One of the server's LAN addresses with the port the kiosk used, never localhost.
    const address = new URL(qr ?? 'about:blank');
    expect(outward).toContain(address.hostname);
    expect(address.port).toBe(server.port);
    expect(address.pathname).toMatch(/^\/ticket\/[0-9a-f-]{36}$/);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(address.href);
    await expect(phone.getByRole('heading', { name: /Số thứ tự của bạn/ })).toBeVisible();
    await expect(phone.getByText(number, { exact: true })).toBeVisible();
    await expect(phone.getByRole('status')).toHaveText(
      ahead === 0
        ? 'Bạn sắp được mời. Vui lòng chú ý màn hình và loa gọi số.'
        : new RegExp(`^Còn ${ahead} người đang chờ trước bạn`),
    );
    await phone.screenshot({ path: `${screens}/ticket-tracking-phone.png` });

    // An officer calls the queue until this ticket comes up at quầy 1.
    const officer = await signIn(kiosk.server.url, demoAccounts.officer1);
    await api(kiosk.server.url, 'POST', '/counters/quay-1/open', { token: officer.token });
    for (let call = 0; call <= ahead; call += 1) {
      const called = await api(kiosk.server.url, 'POST', '/counters/quay-1/call-next', {
        token: officer.token,
      });
      expect(called.body.ok).toBe(true);
    }
    await phone.reload();
    await expect(phone.getByRole('status')).toHaveText('Mời bạn đến Quầy 1.');

    const missing = await phone.goto(
      `${kiosk.server.url}/ticket/00000000-0000-4000-8000-000000000000`,
    );
    expect(missing?.status()).toBe(404);
    await expect(
      phone.getByRole('heading', { name: 'Không tìm thấy số thứ tự này' }),
    ).toBeVisible();
    await phone.close();
  });
});

test.describe('a server only this machine reaches', () => {
  const kiosk = useKioskCentre();

  test('prints its tickets without a QR, since no phone could open it', async ({ page }) => {
    // Listening on 127.0.0.1 only (the test servers' default) and opened at that address.
    expect(new URL(kiosk.server.url).hostname).toBe('127.0.0.1');
    const { qr } = await takeTicket(kiosk, page);
    expect(qr).toBeNull();
  });
});
