import { expect, test } from '@playwright/test';
import { startServerWithEditedCentre } from '../support/edited-centre';
import { screens } from '../support/kiosk-page';
import type { QueueServerProcess } from '../support/queue-server-process';

/**
 * A centre with more services than fit one screen: the kiosk shows its fields first and says
 * a tap opens the field, then the field's services and says a tap takes the number. A field of
 * more services than fit a short landscape screen scrolls in its own area, with a cue.
 */
let server: QueueServerProcess;

// "Tư pháp – Hộ tịch" holds 14 services: Hộ tịch, Chứng thực and "Tư pháp 1" to "Tư pháp 12".
test.beforeAll(async () => {
  server = await startServerWithEditedCentre((config) => {
    const template = config.services.find((service) => service.id === 'ho-tich');
    const prefixes = ['E', 'F', 'G', 'H', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T'];
    const extra = prefixes.map((prefix, index) => ({
      ...template,
      id: `tu-phap-${index + 1}`,
      name: `Tư pháp ${index + 1}`,
      nameEn: `Justice ${index + 1}`,
      prefix,
      fieldId: 'tu-phap',
    }));
    config.services.push(...extra);
    // Served at quầy 1: the kiosk offers only services a counter calls.
    const first = config.counters[0];
    if (first) first.serviceIds = [...first.serviceIds, ...extra.map((service) => service.id)];
  }, 'queue-server-kiosk-fields');
});
test.afterAll(async () => {
  await server.stop();
});

test('with more than eight services the kiosk asks for a field, then a service', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await expect(page.getByRole('heading', { name: 'Chọn lĩnh vực' })).toBeVisible();
  await expect(page.getByText('Chạm vào lĩnh vực để xem các dịch vụ')).toBeVisible();
  await page.getByRole('button', { name: 'Tư pháp – Hộ tịch' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(page.getByText('Chạm vào dịch vụ để lấy số ngay')).toBeVisible();
  await page.getByRole('button', { name: /^Tư pháp 3/ }).click();
  await expect(
    page.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText(/^G\d{3}$/),
  ).toBeVisible();
});

test('on a 1280×800 screen a long field scrolls on its own, says so, and the rest stays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1`);
  await page.getByRole('button', { name: 'Tư pháp – Hộ tịch' }).click();
  const services = page.getByRole('region', { name: 'Chọn dịch vụ bạn cần' });
  const first = services.getByRole('button', { name: /^Hộ tịch/ });
  const last = services.getByRole('button', { name: /^Tư pháp 12/ });
  const more = page.getByRole('button', { name: 'Còn nữa, chạm để xem thêm' });
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(last).not.toBeInViewport();
  await expect(more).toBeInViewport({ ratio: 1 });
  // The page itself does not scroll: the way back and every other choice stay in view.
  for (const name of ['Quay lại', 'Tôi có lịch hẹn', 'Tra cứu hồ sơ', 'Thủ tục hành chính']) {
    await expect(page.getByRole('button', { name, exact: true }), name).toBeInViewport({
      ratio: 1,
    });
  }
  await expect(page.getByRole('button', { name: 'English' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: `${screens}/kiosk-field-scroll-1280x800.png` });

  // Each tap on the cue scrolls most of a page, until the last service is in view. Scrolling
  // is instant under reduced motion; two frames let the cue take its new label before a look.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const backToTop = page.getByRole('button', { name: 'Về đầu danh sách' });
  const settled = (): Promise<unknown> =>
    page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
    );
  for (let tap = 0; tap < 10 && !(await backToTop.isVisible()); tap += 1) {
    await more.click();
    await settled();
  }
  await expect(last).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate<number>('window.scrollY')).toBe(0);
  // At the end the cue takes the citizen back to the top.
  await page.getByRole('button', { name: 'Về đầu danh sách' }).click();
  await expect(first).toBeInViewport({ ratio: 1 });
  await expect(more).toBeVisible();
});
