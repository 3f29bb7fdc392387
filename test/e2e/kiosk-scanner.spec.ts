import { expect, test, type Locator } from '@playwright/test';
import type { QueueServerProcess } from '../support/queue-server-process';
import { startKioskWithScanner, type PtyScanner } from '../support/kiosk-scanner';

/**
 * A serial scanner on a socat pseudo-terminal, read by the real agent, classified by the real
 * server and pushed to the kiosk bound to that agent: the path a receipt or an ID card takes.
 */
let server: QueueServerProcess;
let scanner: PtyScanner;
let stop: (() => Promise<void>) | undefined;
const device = 'kiosk-scan';
const screens = 'test-results/screens';

test.beforeAll(async () => {
  ({ server, scanner, stop } = await startKioskWithScanner(device));
});

test.afterAll(async () => {
  await stop?.();
});

/**
 * Scans until the kiosk shows the expected state: the agent opens the port on its own schedule
 * after it connects, so a first line may arrive before anyone reads the port.
 */
const scanUntil = async (text: string, shown: Locator): Promise<void> => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    scanner.scan(text);
    try {
      await expect(shown).toBeVisible({ timeout: 2000 });
      return;
    } catch {
      // Not read yet: scan again, as a citizen would.
    }
  }
  await expect(shown).toBeVisible();
};

test('a scanned citizen ID card: notice first, then the masked identity, erased at the end', async ({
  page,
}) => {
  await page.goto(`${server.url}/kiosk/?device=${device}`);
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  const fullId = '079199012345';
  await scanUntil(
    `${fullId}|025123456|Nguyễn Văn An|01021990|Nam|Số 1 Lê Lợi, phường Bến Nghé, Quận 1|15082021`,
    page.getByRole('heading', { name: 'Thẻ căn cước công dân' }),
  );
  await expect(page.getByText('Nguyễn Văn An')).toHaveCount(0);
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
  const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  await expect(citizen).toContainText('Nguyễn Văn An');
  await expect(citizen).toContainText('********2345');
  expect(await page.content()).not.toContain(fullId);
  await page.screenshot({ path: `${screens}/kiosk-citizen-serial.png` });
  await citizen.getByRole('button', { name: 'Kết thúc và xoá thông tin' }).click();
  await expect(page.getByText('Nguyễn Văn An')).toHaveCount(0);
});

test('a scanned receipt opens its dossier, in English too', async ({ page, request }) => {
  const received = await request.post(`${server.url}/api/v1/dossiers`, {
    data: {
      procedureId: 'chung-thuc-ban-sao',
      applicant: { name: 'Võ Thị Hạnh' },
      documents: [
        { documentId: 'ban-chinh', form: 'original', quantity: 1 },
        { documentId: 'ban-sao', form: 'copy', quantity: 1 },
      ],
      // The demo centre charges certification per page: the count is part of the reception.
      feeQuantities: [{ name: 'Phí chứng thực bản sao (mỗi trang)', quantity: 2 }],
      counterId: 'quay-2',
      officerName: 'Lê Văn Cường',
    },
  });
  expect(received.status()).toBe(201);
  const { data } = (await received.json()) as { data: { code: string } };

  await page.goto(`${server.url}/kiosk/?device=${device}`);
  await page.getByRole('button', { name: 'English' }).click();
  const result = page.getByRole('region', { name: `Dossier status: ${data.code}` });
  // Receipt QR codes may carry a lookup address holding the code.
  await scanUntil(`https://tracuu.example.vn/ho-so?ma=${data.code}`, result);
  await expect(result).toContainText('Received');
});
