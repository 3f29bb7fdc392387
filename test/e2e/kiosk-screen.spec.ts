import { expect, test, type Locator } from '@playwright/test';
import { useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';

/**
 * The kiosk as an unattended public touch screen: a scan it cannot read is answered in words
 * and leaves it home, a screen left alone goes home, forgets what was typed and speaks
 * Vietnamese again, and every touch target is at least 60 px with a large ticket number.
 */
const kiosk = useKioskCentre();

test('an unrecognised scan says what to scan and stays home', async ({ page }) => {
  await kiosk.open(page);
  await scanWithWedge(page, 'HELLO-WORLD');
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhận ra mã vừa quét. Vui lòng quét mã trên giấy hẹn hoặc thẻ căn cước.',
  );
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  // Kept as a message, not as text: it reads in English once the citizen taps English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'That code was not recognised. Please scan the code on your receipt or your ID card.',
  );
});

test('the home screen says to tap a service, and heads only fields that group several', async ({
  page,
}) => {
  await kiosk.open(page);
  await expect(page.getByText('Chạm vào dịch vụ để lấy số ngay')).toBeVisible();
  const fieldHeadings = page.getByRole('heading', { level: 3 });
  // "Tư pháp – Hộ tịch" groups two services; "Đất đai – Xây dựng" and "Trả kết quả" hold one
  // service of their own name, whose button says it already: they sit together, last, under
  // a heading of their own rather than below the field before them.
  await expect(fieldHeadings).toHaveText(['Tư pháp – Hộ tịch', 'Dịch vụ khác']);
  const sectionOf = (heading: string) =>
    page.locator('.service-group').filter({ has: page.getByRole('heading', { name: heading }) });
  await expect(sectionOf('Tư pháp – Hộ tịch').getByRole('button')).toHaveText([
    /^Hộ tịch/,
    /^Chứng thực/,
  ]);
  await expect(sectionOf('Dịch vụ khác').getByRole('button')).toHaveText([
    /^Đất đai – Xây dựng/,
    /^Trả kết quả/,
  ]);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Tap a service to get your number at once')).toBeVisible();
  await expect(fieldHeadings).toHaveText(['Justice and civil status', 'Other services']);
});

test('left alone, the kiosk goes home, forgets what was on screen and speaks Vietnamese', async ({
  page,
}) => {
  await kiosk.open(page, '&idle=2');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Track a dossier' }).click();
  await page.getByRole('textbox', { name: 'Dossier code' }).fill('000.00.06.H56');
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible({
    timeout: 10_000,
  });
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expect(page.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue('');
});

test('left alone on home with the priority chooser open, the kiosk closes it', async ({ page }) => {
  await kiosk.open(page, '&idle=2');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'I qualify for priority' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your priority group' })).toBeVisible();
  // Back to a clean home in Vietnamese: the chooser closed, nothing chosen.
  const priority = page.getByRole('region', { name: 'Đối tượng ưu tiên' });
  await expect(priority.getByRole('button', { name: 'Tôi thuộc diện ưu tiên' })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: 'Người cao tuổi' })).toHaveCount(0);
});

test('on a short screen, a screen opened from a scrolled home starts at its top', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Về trang chính' })).toBeInViewport();
  expect(await page.evaluate<number>('window.scrollY')).toBe(0);
});

/** Width and height of every element the locator finds, in CSS pixels. */
const sizesOf = (locator: Locator): Promise<{ width: number; height: number }[]> =>
  locator.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { width: box.width, height: box.height };
    }),
  );

test('touch targets are at least 60 px and the number is large', async ({ page }) => {
  await kiosk.open(page);
  const expectTouchable = async (locator: Locator): Promise<void> => {
    const sizes = await sizesOf(locator);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size.height).toBeGreaterThanOrEqual(60);
      expect(size.width).toBeGreaterThanOrEqual(60);
    }
  };
  await expectTouchable(page.getByRole('button'));
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expectTouchable(page.getByRole('group', { name: 'Bàn phím' }).getByRole('button'));
  await page.getByRole('button', { name: 'Về trang chính' }).click();
  await page.getByRole('button', { name: /Trả kết quả/ }).click();
  const number = page.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText(/^D\d{3}$/);
  await expect(number).toBeVisible();
  const [size] = await sizesOf(number);
  expect(size?.height).toBeGreaterThanOrEqual(120);
});
