import { expect, test, type Locator, type Page } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';

/**
 * The kiosk as an unattended public touch screen: a scan it cannot read is answered in words
 * and leaves it home, a screen left alone goes home, forgets what was typed and speaks
 * Vietnamese again, the home screen shows every choice unscrolled on portrait and landscape
 * screens, and every touch target is at least 60 px with a large ticket number.
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

test('an ID card read badly is asked again, not sent to the receipt', async ({ page }) => {
  await kiosk.open(page);
  // Fields cut short: a chip CCCD's QR the scanner caught only in part.
  await scanWithWedge(page, '001099012345|123456789|NGUYEN VAN');
  await expect(page.getByRole('alert')).toHaveText(
    'Không đọc được mã QR trên thẻ căn cước. Vui lòng thử lại.',
  );
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
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

const scrollY = (page: Page): Promise<number> => page.evaluate<number>('window.scrollY');

test('on a short screen, a screen opened from a scrolled one starts at its top', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  const list = page.getByRole('list', { name: 'Thủ tục hành chính' });
  await list.getByRole('button', { name: 'Đăng ký kết hôn' }).scrollIntoViewIfNeeded();
  expect(await scrollY(page)).toBeGreaterThan(0);
  await list.getByRole('button', { name: 'Đăng ký kết hôn' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký kết hôn' })).toBeInViewport();
  expect(await scrollY(page)).toBe(0);

  // A receipt scanned at the foot of the catalogue opens the lookup at its top.
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await page.getByRole('button', { name: 'Quay lại' }).scrollIntoViewIfNeeded();
  expect(await scrollY(page)).toBeGreaterThan(0);
  await scanWithWedge(page, '000.00.06.H56-231027-0361');
  await expect(page.getByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Về trang chính' })).toBeInViewport();
  expect(await scrollY(page)).toBe(0);
});

/** The kiosk screens the home must fit: a portrait stand (the default) and common landscapes. */
const screenSizes = [
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Each choice on the home screen, by its name in each language. */
const homeChoices = {
  vi: {
    services: 'Chọn dịch vụ bạn cần',
    buttons: [
      'Tôi thuộc diện ưu tiên',
      'Tôi có lịch hẹn',
      'Tra cứu hồ sơ',
      'Thủ tục hành chính',
      'English',
    ],
  },
  en: {
    services: 'Choose the service you need',
    buttons: [
      'I qualify for priority',
      'I have an appointment',
      'Track a dossier',
      'Procedures',
      'Tiếng Việt',
    ],
  },
} as const;

/** The element lies wholly inside the window, unclipped, and is at least 48 px high. */
const expectWhollyInView = async (page: Page, choice: Locator, what: string): Promise<void> => {
  const box = await choice.boundingBox();
  const view = page.viewportSize();
  expect(box, what).not.toBeNull();
  if (!box || !view) return;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(view.height);
  expect(box.height, `${what}: height`).toBeGreaterThanOrEqual(48);
  // Not cut off by an area that scrolls on its own either.
  await expect(choice, what).toBeInViewport({ ratio: 1 });
};

test('the home screen shows every choice without scrolling, portrait and landscape', async ({
  page,
}) => {
  await kiosk.open(page);
  for (const language of ['vi', 'en'] as const) {
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    const names = homeChoices[language];
    for (const size of screenSizes) {
      await page.setViewportSize(size);
      const where = `${size.width}×${size.height} ${language}`;
      const services = page.getByRole('region', { name: names.services }).getByRole('button');
      // The demo centre's four services, and no "more below" cue: they all fit.
      await expect(services).toHaveCount(4);
      for (const service of await services.all()) {
        await expectWhollyInView(page, service, `${where}: ${await service.innerText()}`);
      }
      for (const name of names.buttons) {
        const choice = page.getByRole('button', { name, exact: true });
        await expectWhollyInView(page, choice, `${where}: ${name}`);
      }
      expect(await scrollY(page), where).toBe(0);
      const pageHeight = await page.evaluate<number>('document.documentElement.scrollHeight');
      expect(pageHeight, `${where}: the page does not scroll`).toBeLessThanOrEqual(size.height);
    }
  }
  await page.screenshot({ path: `${screens}/kiosk-home-1920x1080-en.png` });
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

test('the header’s way home is a whole touch button beside the language switch, on every screen', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  const buttons = [
    page.getByRole('button', { name: 'Về trang chính' }),
    page.getByRole('button', { name: 'English' }),
  ];
  for (const size of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    const where = `${size.width}×${size.height}`;
    for (const button of buttons) {
      const [box] = await sizesOf(button);
      const what = `${where}: ${await button.innerText()}`;
      expect(box?.height, what).toBeGreaterThanOrEqual(64);
      expect(box?.width, what).toBeGreaterThanOrEqual(64);
      // As wide as its words: not stretched across the header.
      expect(box?.width, what).toBeLessThan(size.width / 3);
    }
    await page.screenshot({ path: `${screens}/kiosk-header-${size.width}x${size.height}.png` });
  }
});
