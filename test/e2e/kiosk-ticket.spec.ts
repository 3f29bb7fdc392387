import { expect, test } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';

/**
 * Taking a ticket at the kiosk, against the real queue server and the real agent printing to a
 * loopback printer, in Debian's Chromium: one tap gives a number that prints, the offer of a
 * text message, the same flow in English, and a declared priority group. Found by role and
 * accessible name; screenshots go to `test-results/screens/kiosk-*.png`.
 */
const kiosk = useKioskCentre();

test('take a ticket in one tap: number, service, people ahead, wait, and it prints', async ({
  page,
}) => {
  await kiosk.open(page);
  await expect(page.getByRole('button', { name: /Chứng thực/ })).toBeVisible();
  await page.screenshot({ path: `${screens}/kiosk-home.png` });

  await page.getByRole('button', { name: /Chứng thực/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  const number = ticket.getByText(/^B\d{3}$/);
  await expect(number).toBeVisible();
  await expect(ticket).toContainText('Chứng thực');
  await expect(ticket).toContainText(/Số người đang chờ trước bạn: \d+/);
  await expect(ticket).toContainText(
    /Thời gian chờ dự kiến: khoảng [1-9]\d* phút|Chưa ước tính|Bạn sắp được gọi/,
  );
  await page.screenshot({ path: `${screens}/kiosk-ticket-vi.png` });
  const issued = (await number.textContent()) ?? '';
  await kiosk.printer.waitFor((bytes) => bytes.includes(issued));

  // A second citizen gets the next number, with one more person ahead.
  await ticket.getByRole('button', { name: 'Xong' }).click();
  await page.getByRole('button', { name: /Chứng thực/ }).click();
  const next = Number(issued.slice(1)) + 1;
  await expect(number).toHaveText(`B${String(next).padStart(3, '0')}`);
});

test('without an SMS gateway the ticket offers no text message', async ({ page }) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: /Hộ tịch/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
  // A citizen is never asked for a phone number the centre cannot text
  // (kiosk-backend.spec.ts: with a gateway, the offer and its checks).
  await expect(ticket.getByRole('button', { name: /Nhắn tin/ })).toHaveCount(0);
  await expect(ticket.getByRole('button', { name: 'Xong' })).toBeVisible();
});

test('in English the same flow reads in English, and home returns to Vietnamese', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Choose the service you need' })).toBeVisible();
  await page.screenshot({ path: `${screens}/kiosk-home-en.png` });
  await page.getByRole('button', { name: /Land and construction/ }).click();
  const ticket = page.getByRole('region', { name: 'Your number' });
  await expect(ticket.getByText(/^C\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Land and construction');
  await expect(ticket).toContainText(/People ahead of you: \d+/);
  await page.screenshot({ path: `${screens}/kiosk-ticket-en.png` });
  await ticket.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

test('a citizen who declares a priority group gets a priority ticket, after the notice', async ({
  page,
}) => {
  await kiosk.open(page);
  const prioritySection = page.getByRole('region', { name: 'Đối tượng ưu tiên' });
  // Who may declare it, named from the centre's self-declared groups, before the citizen taps.
  await expect(prioritySection).toContainText(
    'Dành cho: Người cao tuổi, Người khuyết tật, Phụ nữ mang thai',
  );
  await prioritySection.getByRole('button', { name: 'Tôi thuộc diện ưu tiên' }).click();
  await expect(page.getByText('Vui lòng xuất trình giấy tờ chứng minh khi được gọi')).toBeVisible();
  await page.screenshot({ path: `${screens}/kiosk-priority.png` });
  await page.getByRole('button', { name: 'Người cao tuổi' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Diện ưu tiên: Người cao tuổi. Bây giờ mời bạn chọn dịch vụ.',
  );
  await page.getByRole('button', { name: /Chứng thực/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket).toContainText('Ưu tiên: Người cao tuổi');
  await expect(ticket.getByText(/^B\d{3}$/)).toBeVisible();
  // The choice is for one ticket only.
  await ticket.getByRole('button', { name: 'Xong' }).click();
  await expect(page.getByRole('button', { name: 'Tôi thuộc diện ưu tiên' })).toBeVisible();
});
