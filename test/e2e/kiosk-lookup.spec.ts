import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';

/**
 * Dossier status lookup at the kiosk with no central backend (the answer comes from the
 * centre's copy; `kiosk-backend.spec.ts` covers the backend): the code keyboard and its format
 * check, a status in words and dates, a processed dossier leading to a "return results" ticket,
 * a supplement request, and a scanned receipt opening the lookup from any screen.
 */
const kiosk = useKioskCentre();

test('dossier lookup: the code keyboard types only code characters and checks the format', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  const field = page.getByRole('textbox', { name: 'Mã hồ sơ' });
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  // The physical keyboard cannot sneak lower case or other characters in either.
  await field.fill('abc_1');
  await expect(field).toHaveValue('ABC1');
  await keyboard.getByRole('button', { name: 'Xoá hết' }).click();
  await expect(page.getByRole('button', { name: 'Tra cứu', exact: true })).toBeDisabled();

  for (const key of '000.00.06.H56-231027-9999') {
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  }
  await expect(field).toHaveValue('000.00.06.H56-231027-9999');
  await page.screenshot({ path: `${screens}/kiosk-lookup.png` });
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Không tìm thấy hồ sơ có mã 000.00.06.H56-231027-9999',
  );
  // The code is well formed: the citizen is sent to the slip and the counter, not to a format.
  await expect(page.getByRole('alert')).not.toContainText('ví dụ');
  // A scan the kiosk cannot read replaces that answer: one current message, not two.
  await scanWithWedge(page, 'HELLO-WORLD');
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhận ra mã vừa quét. Vui lòng quét mã trên giấy hẹn hoặc thẻ căn cước.',
  );
  await expect(field).toHaveValue('000.00.06.H56-231027-9999');

  // A malformed code is refused before asking the server, with the expected format.
  await keyboard.getByRole('button', { name: 'Xoá', exact: true }).click();
  await keyboard.getByRole('button', { name: 'Xoá', exact: true }).click();
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Mã hồ sơ gồm mã cơ quan, ngày tiếp nhận (6 chữ số) và số thứ tự, ví dụ 000.00.06.H56-231027-0361. Vui lòng nhập đủ như trên giấy hẹn.',
  );
});

/** Receives a dossier at the counter through the real REST API; returns its code. */
const receiveDossier = async (request: APIRequestContext): Promise<string> => {
  const response = await request.post(`${kiosk.server.url}/api/v1/dossiers`, {
    data: {
      procedureId: 'giay-phep-xay-dung',
      applicant: { name: 'Trần Thị Bình' },
      documents: [
        { documentId: 'don-de-nghi', form: 'original', quantity: 1 },
        { documentId: 'giay-chung-nhan', form: 'certified-copy', quantity: 1 },
        { documentId: 'ban-ve', form: 'original', quantity: 2 },
      ],
      counterId: 'quay-3',
      officerName: 'Lê Văn Cường',
    },
  });
  expect(response.status()).toBe(201);
  const { data } = (await response.json()) as { data: { code: string } };
  return data.code;
};

const lookUp = async (page: Page, code: string): Promise<void> => {
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await page.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(code);
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
};

test('dossier lookup: status in words, dates, on time, from the centre copy with its age', async ({
  page,
  request,
}) => {
  const code = await receiveDossier(request);
  await kiosk.open(page);
  await lookUp(page, code);
  const result = page.getByRole('region', { name: `Kết quả tra cứu: ${code}` });
  await expect(result).toContainText('Cấp giấy phép xây dựng nhà ở riêng lẻ');
  await expect(result).toContainText('Đã tiếp nhận');
  await expect(result).toContainText(/Ngày tiếp nhận\s*\d{2}\/\d{2}\/20\d{2}/);
  await expect(result).toContainText(/Ngày hẹn trả\s*\d{2}\/\d{2}\/20\d{2} — Đúng hạn/);
  await expect(result).toContainText('Hồ sơ đang được giải quyết');
  // No backend in this test: the answer comes from the centre's copy and says so.
  await expect(result).toContainText('Đang dùng bản lưu tại trung tâm');
  await page.screenshot({ path: `${screens}/kiosk-dossier.png` });

  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('region', { name: `Dossier status: ${code}` });
  // The procedure by its English name from the centre's configuration.
  await expect(english).toContainText('Construction permit for a detached house');
  await expect(english).not.toContainText('Cấp giấy phép');
  await expect(english).toContainText('Received');
  await expect(english).toContainText('On time');
  await page.getByRole('button', { name: 'Look up another code' }).click();
  await expect(page.getByRole('textbox', { name: 'Dossier code' })).toHaveValue('');
});

test('a processed dossier leads to a "return results" ticket; a supplement lists what to bring', async ({
  page,
  request,
}) => {
  const ready = await receiveDossier(request);
  expect((await request.post(`${kiosk.server.url}/api/v1/dossiers/${ready}/processed`)).ok()).toBe(
    true,
  );
  await kiosk.open(page);
  await lookUp(page, ready);
  const result = page.getByRole('region', { name: `Kết quả tra cứu: ${ready}` });
  await expect(result).toContainText('Đã xử lý xong');
  // Its result is ready: on time or late is no longer said of it, only the date.
  await expect(result).toContainText(/Ngày hẹn trả\s*\d{2}\/\d{2}\/20\d{2}/);
  await expect(result).not.toContainText('Đúng hạn');
  await expect(result).not.toContainText('Quá hạn');
  await result.getByRole('button', { name: 'Lấy số Trả kết quả' }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^D\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Trả kết quả');
  await ticket.getByRole('button', { name: 'Xong' }).click();

  const incomplete = await receiveDossier(request);
  const supplement = await request.post(
    `${kiosk.server.url}/api/v1/dossiers/${incomplete}/supplement`,
    {
      data: { items: ['Bản vẽ mặt bằng có chữ ký của chủ đầu tư'] },
    },
  );
  expect(supplement.ok()).toBe(true);
  await lookUp(page, incomplete);
  const second = page.getByRole('region', { name: `Kết quả tra cứu: ${incomplete}` });
  await expect(second).toContainText('Yêu cầu bổ sung');
  // Waiting on the citizen: the agency's return date does not run against it.
  await expect(second).not.toContainText('Đúng hạn');
  await expect(second.getByRole('listitem')).toHaveText([
    'Bản vẽ mặt bằng có chữ ký của chủ đầu tư',
  ]);
});

test('a keyboard-wedge scan of a receipt opens the lookup with its code, from any screen', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  await page.getByRole('textbox', { name: 'Tìm thủ tục' }).focus();
  await scanWithWedge(page, '000.00.06.H56-231027-0361');
  await expect(page.getByRole('heading', { name: 'Tra cứu hồ sơ' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue(
    '000.00.06.H56-231027-0361',
  );
  // The lookup ran by itself: an unknown code says so.
  await expect(page.getByRole('alert')).toContainText('000.00.06.H56-231027-0361');
});
