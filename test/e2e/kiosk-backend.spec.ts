import { expect, test, type Page } from '@playwright/test';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import { counterPage } from '../support/counter-page';
import { api, eventually, startSyncCentre, type SyncCentre } from '../support/sync-centre';
import { api as authorisedApi, demoAccounts, signIn } from '../support/server-auth';

/**
 * The kiosk's dossier lookup with the central OpenOPS backend (the reference backend): fresh
 * from the backend while the link is up, from the centre's copy with its age when it is down;
 * and the texts this centre's SMS gateway makes possible, offered at the kiosk and the counter.
 */
let backend: ReferenceBackendProcess;
let centre: SyncCentre;

test.beforeAll(async () => {
  backend = await startReferenceBackend({ name: 'kiosk-backend' });
  centre = await startSyncCentre({
    name: 'kiosk-sync-centre',
    sync: {
      backends: [{ id: 'tinh', url: backend.url }],
      sms: { url: `${backend.url}/sms/messages`, placesBefore: 1 },
    },
  });
});

test.afterAll(async () => {
  await centre?.stop();
  await backend?.stop();
});

const lookUp = async (page: Page, code: string): Promise<void> => {
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await page.getByRole('textbox', { name: 'Mã hồ sơ' }).fill(code);
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
};

test('a status decided at the province shows at the kiosk, then from the local copy when the link is down', async ({
  page,
  request,
}) => {
  const received = await request.post(`${centre.url}/api/v1/dossiers`, {
    data: {
      procedureId: 'dang-ky-ket-hon',
      applicant: { name: 'Đặng Minh Khôi' },
      documents: [{ documentId: 'to-khai', form: 'original', quantity: 1 }],
      counterId: 'quay-1',
      officerName: 'Lê Văn Cường',
    },
  });
  expect(received.status()).toBe(201);
  const { data } = (await received.json()) as { data: { code: string } };
  await eventually(
    () => backend.stats(),
    (stats) => stats.stored.dossier === 1,
    { what: 'dossier pushed to the backend' },
  );

  await page.goto(`${centre.url}/kiosk/?device=kiosk-backend`);
  await lookUp(page, data.code);
  const result = page.getByRole('region', { name: `Kết quả tra cứu: ${data.code}` });
  await expect(result).toContainText('Đã tiếp nhận');
  await expect(result).toContainText('Dữ liệu vừa được cập nhật từ hệ thống.');

  // The department processed it at the province: the kiosk sends the citizen to collect it.
  await backend.setDossierStatus(data.code, 9);
  await page.getByRole('button', { name: 'Về trang chính' }).click();
  await lookUp(page, data.code);
  await expect(result).toContainText('Đã xử lý xong');
  await expect(result.getByRole('button', { name: 'Lấy số Trả kết quả' })).toBeVisible();

  // Link down: the same answer from the centre's copy, saying how old it is.
  await backend.setFaults({ mode: 'fail' });
  await page.getByRole('button', { name: 'Về trang chính' }).click();
  await lookUp(page, data.code);
  await expect(result).toContainText('Đã xử lý xong');
  await expect(result).toContainText('Đang dùng bản lưu tại trung tâm, cập nhật chưa đến 1 phút');
  await page.screenshot({ path: 'test-results/screens/kiosk-dossier-local-copy.png' });

  await backend.setFaults({ mode: 'none' });
  // The centre's copy took the result too: the counter returns it at once, and the backend
  // gets the return as the next record of the dossier's history.
  expect(await api(centre, 'GET', `/dossiers/${data.code}`)).toMatchObject({
    ok: true,
    data: { status: 9 },
  });
  expect(await api(centre, 'POST', `/dossiers/${data.code}/returned`)).toMatchObject({
    ok: true,
    data: { status: 10 },
  });
  await eventually(
    () => backend.records('dossier-status'),
    (records) =>
      records.some(
        (record) => record.body.MaHoSo === data.code && record.body.TrangThaiHoSo === 10,
      ),
    { what: 'the return pushed to the backend' },
  );
  expect((await backend.stats()).outOfOrder).toBe(0);
});

test('a citizen who opts in at the kiosk gets a text when their turn is near', async ({ page }) => {
  // The link (and the gateway behind it) works, whatever an earlier test left.
  await backend.setFaults({ mode: 'none' });
  await page.goto(`${centre.url}/kiosk/?device=kiosk-backend`);
  await page.getByRole('button', { name: /Đất đai/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await ticket.getByRole('button', { name: 'Nhắn tin cho tôi khi sắp đến lượt' }).click();
  // A number too short is refused on the kiosk, before anything is sent.
  const keypad = ticket.getByRole('group', { name: 'Bàn phím' });
  for (const key of '0912') await keypad.getByRole('button', { name: key, exact: true }).click();
  await ticket.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
  // (The other alert is the printer's: this test kiosk has none.)
  await expect(ticket.getByRole('alert').filter({ hasText: 'Số điện thoại' })).toHaveText(
    'Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0.',
  );
  await ticket.getByRole('textbox', { name: 'Số điện thoại' }).fill('0987654321');
  await ticket.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
  // Nobody is ahead, fewer than the 1 the centre texts at: not "when 1 is left", but now.
  await expect(ticket.getByRole('status')).toHaveText(
    'Lượt của bạn đã gần. Tin nhắn sẽ được gửi đến 0987654321 ngay bây giờ.',
  );
  // The reference SMS gateway receives the text on the next sync round.
  await eventually(
    () => backend.records('sms'),
    (records) => records.some((record) => record.body.to === '0987654321'),
    { what: 'text message sent', timeoutMs: 20_000 },
  );
});

test('where the centre texts, the counter offers a text when the result is ready', async ({
  page,
}) => {
  await page.goto(`${centre.url}/counter/?device=counter-pc-1`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await counter.press('F8');
  await counter.chooseProcedure('khai sinh', /^Đăng ký khai sinh/);
  const text = counter.dossierForm.getByRole('checkbox', { name: 'Nhắn tin khi có kết quả' });
  await text.check();
  await counter.dossierForm.getByRole('textbox', { name: 'Họ và tên' }).fill('Đỗ Minh Khôi');
  await counter.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  // Asked for without a phone number, the form says so beside the phone field.
  await expect(counter.dossierForm.locator('#applicant-phone-error')).toHaveText(
    'Cần số điện thoại để nhắn tin',
  );
  await counter.dossierForm.getByRole('textbox', { name: 'Số điện thoại' }).fill('0987000111');
  await counter.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  const code = await counter.receiptCode();
  expect(await api(centre, 'GET', `/dossiers/${code}`)).toMatchObject({
    ok: true,
    data: { notifyBySms: true, applicant: { phone: '0987000111' } },
  });
});

test('a cancelled booking texts the citizen through the gateway, and the answer says so', async () => {
  const { token } = await signIn(centre.url, demoAccounts.supervisor);
  const booked = await authorisedApi<{ id: string; code: string }>(
    centre.url,
    'POST',
    '/appointments',
    {
      token,
      body: {
        serviceId: 'ho-tich',
        slotStart: new Date(Date.now() + 2 * 24 * 3_600_000).toISOString(),
        citizenName: 'Vũ Thị Lan',
        phone: '0987000222',
      },
    },
  );
  if (!booked.body.ok) throw new Error(booked.body.error.message);
  const { id, code } = booked.body.data;
  const cancelled = await authorisedApi(centre.url, 'POST', `/appointments/${id}/cancel`, {
    token,
  });
  expect(cancelled.body).toMatchObject({
    ok: true,
    data: { state: 'cancelled', citizenTexted: true },
  });
  await eventually(
    () => backend.records('sms'),
    (records) =>
      records.some(
        (record) => record.body.to === '0987000222' && String(record.body.text).includes(code),
      ),
    { what: 'cancellation text sent', timeoutMs: 20_000 },
  );
});
