import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { LoopbackPrinter } from '../support/loopback-printer';
import { startKioskWithPrinter } from '../support/kiosk-with-printer';
import type { QueueServerProcess } from '../support/queue-server-process';
import { scanWithWedge } from '../support/kiosk-wedge';
import { api, marriageDossier, mustOk } from '../support/sync-centre';

/**
 * The kiosk against the real queue server and the real agent printing to a loopback printer,
 * in Debian's Chromium: each flow in Vietnamese and English, found by role and accessible name.
 * A screenshot of each main screen is kept in `test-results/screens/kiosk-*.png`.
 */
let server: QueueServerProcess;
let printer: LoopbackPrinter;
let stop: (() => Promise<void>) | undefined;

const screens = 'test-results/screens';

test.beforeAll(async () => {
  ({ server, printer, stop } = await startKioskWithPrinter());
});

test.afterAll(async () => {
  await stop?.();
});

const openKiosk = async (page: Page, query = ''): Promise<void> => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto(`${server.url}/kiosk/?device=kiosk-1${query}`);
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
};

test('take a ticket in one tap: number, service, people ahead, wait, and it prints', async ({
  page,
}) => {
  await openKiosk(page);
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
  await printer.waitFor((bytes) => bytes.includes(issued));

  // A second citizen gets the next number, with one more person ahead.
  await ticket.getByRole('button', { name: 'Xong' }).click();
  await page.getByRole('button', { name: /Chứng thực/ }).click();
  const next = Number(issued.slice(1)) + 1;
  await expect(number).toHaveText(`B${String(next).padStart(3, '0')}`);
});

test('the ticket offers a text message; without an SMS gateway the kiosk says so', async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: /Hộ tịch/ }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await ticket.getByRole('button', { name: 'Nhắn tin cho tôi khi sắp đến lượt' }).click();
  const keypad = ticket.getByRole('group', { name: 'Bàn phím' });
  for (const key of '0912') await keypad.getByRole('button', { name: key, exact: true }).click();
  await ticket.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
  await expect(ticket.getByRole('alert')).toHaveText(
    'Số điện thoại gồm 10 hoặc 11 chữ số, bắt đầu bằng 0.',
  );
  for (const key of '345678') await keypad.getByRole('button', { name: key, exact: true }).click();
  await ticket.getByRole('button', { name: 'Đăng ký nhận tin' }).click();
  await expect(ticket.getByRole('status')).toHaveText('Trung tâm chưa bật dịch vụ nhắn tin.');
});

test('in English the same flow reads in English, and home returns to Vietnamese', async ({
  page,
}) => {
  await openKiosk(page);
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

test('the procedure catalogue finds procedures without tone marks and shows what to bring', async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  const list = page.getByRole('list', { name: 'Thủ tục hành chính' });
  await expect(list.getByRole('button', { name: 'Đăng ký khai sinh' })).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(4);

  // By field: only the civil-status procedures.
  await page.getByRole('button', { name: 'Hộ tịch', exact: true }).click();
  await expect(list.getByRole('button')).toHaveCount(2);
  await page.getByRole('button', { name: 'Tất cả lĩnh vực' }).click();

  // By name, typed on the on-screen keyboard without any tone mark.
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of 'KHAI SINH') {
    await keyboard.getByRole('button', { name: key === ' ' ? 'Space' : key, exact: true }).click();
  }
  await expect(page.getByRole('textbox', { name: 'Tìm thủ tục' })).toHaveValue('KHAI SINH');
  await expect(list.getByRole('button')).toHaveCount(1);
  await page.screenshot({ path: `${screens}/kiosk-catalogue.png` });

  await list.getByRole('button', { name: 'Đăng ký khai sinh' }).click();
  const detail = page.getByRole('region', { name: 'Đăng ký khai sinh' });
  const documents = detail.getByRole('region', { name: 'Giấy tờ cần nộp' });
  await expect(documents.getByRole('listitem')).toHaveCount(3);
  await expect(documents).toContainText('Giấy chứng sinh — Bản chính, 1 bản');
  await expect(documents).toContainText('Văn bản ủy quyền (nếu nộp thay) (nếu có)');
  await expect(detail.getByRole('region', { name: 'Phí, lệ phí' })).toContainText('Miễn phí');
  await expect(detail).toContainText('Trong ngày');
  await expect(detail).toContainText('Quầy 1 hoặc Quầy 2, tầng 1');
  await page.screenshot({ path: `${screens}/kiosk-procedure.png` });

  // From the procedure straight to a ticket for its field.
  await detail.getByRole('button', { name: 'Lấy số Hộ tịch' }).click();
  await expect(
    page.getByRole('region', { name: 'Số thứ tự của bạn' }).getByText(/^A\d{3}$/),
  ).toBeVisible();
});

test('the catalogue in English, with fees in dong and processing in working days', async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Procedures' }).click();
  const search = page.getByRole('textbox', { name: 'Search procedures' });
  await search.fill('xây dựng');
  const list = page.getByRole('list', { name: 'Administrative procedures' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await list.getByRole('button', { name: 'Construction permit for a detached house' }).click();
  const detail = page.getByRole('region', { name: 'Construction permit for a detached house' });
  await expect(detail.getByRole('region', { name: 'Fees' })).toContainText('75,000 VND');
  await expect(detail).toContainText('15 working days');
  await expect(detail.getByRole('region', { name: 'Documents to bring' })).toContainText(
    'Bản vẽ thiết kế xây dựng — Original, 2 copies',
  );
});

test('a supervisor edit of a procedure reaches an open kiosk without a reload', async ({
  page,
  request,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Thủ tục hành chính' }).click();
  await page
    .getByRole('list', { name: 'Thủ tục hành chính' })
    .getByRole('button', { name: 'Đăng ký kết hôn' })
    .click();
  const detail = page.getByRole('region', { name: 'Đăng ký kết hôn' });
  await expect(detail).toContainText('Quầy 1 hoặc Quầy 2, tầng 1');

  const signIn = await request.post(`${server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const current = await request.get(`${server.url}/api/v1/procedures/dang-ky-ket-hon`);
  const { data: procedure } = (await current.json()) as { data: Record<string, unknown> };
  const edited = await request.put(`${server.url}/api/v1/procedures/dang-ky-ket-hon`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: { ...procedure, whereToSubmit: 'Quầy 5, tầng 3 (khu hộ tịch mới)' },
  });
  expect(edited.ok()).toBe(true);
  await expect(detail).toContainText('Quầy 5, tầng 3 (khu hộ tịch mới)');
});

test('dossier lookup: the code keyboard types only code characters and checks the format', async ({
  page,
}) => {
  await openKiosk(page);
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
  await expect(page.getByRole('alert')).toContainText('<mã cơ quan>-YYMMDD-NNNN');

  // A malformed code is refused before asking the server, with the expected format.
  await keyboard.getByRole('button', { name: 'Xoá', exact: true }).click();
  await keyboard.getByRole('button', { name: 'Xoá', exact: true }).click();
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Mã hồ sơ có dạng <mã cơ quan>-YYMMDD-NNNN, ví dụ 000.00.06.H56-231027-0361.',
  );
});

/** Receives a dossier at the counter through the real REST API; returns its code. */
const receiveDossier = async (request: APIRequestContext): Promise<string> => {
  const response = await request.post(`${server.url}/api/v1/dossiers`, {
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
  await openKiosk(page);
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
  expect((await request.post(`${server.url}/api/v1/dossiers/${ready}/processed`)).ok()).toBe(true);
  await openKiosk(page);
  await lookUp(page, ready);
  const result = page.getByRole('region', { name: `Kết quả tra cứu: ${ready}` });
  await expect(result).toContainText('Đã xử lý xong');
  await result.getByRole('button', { name: 'Lấy số Trả kết quả' }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^D\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Trả kết quả');
  await ticket.getByRole('button', { name: 'Xong' }).click();

  const incomplete = await receiveDossier(request);
  const supplement = await request.post(`${server.url}/api/v1/dossiers/${incomplete}/supplement`, {
    data: { items: ['Bản vẽ mặt bằng có chữ ký của chủ đầu tư'] },
  });
  expect(supplement.ok()).toBe(true);
  await lookUp(page, incomplete);
  const second = page.getByRole('region', { name: `Kết quả tra cứu: ${incomplete}` });
  await expect(second).toContainText('Yêu cầu bổ sung');
  await expect(second.getByRole('listitem')).toHaveText([
    'Bản vẽ mặt bằng có chữ ký của chủ đầu tư',
  ]);
});

test('a keyboard-wedge scan of a receipt opens the lookup with its code, from any screen', async ({
  page,
}) => {
  await openKiosk(page);
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

test('an unrecognised scan says what to scan and stays home', async ({ page }) => {
  await openKiosk(page);
  await scanWithWedge(page, 'HELLO-WORLD');
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhận ra mã vừa quét. Vui lòng quét mã trên giấy hẹn hoặc thẻ căn cước.',
  );
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

/** Receives a marriage registration at counter 1 through the real REST API; returns its code. */
const receiveFor = async (name: string, idNumber: string): Promise<string> =>
  mustOk(
    await api<{ code: string }>(server, 'POST', '/dossiers', {
      ...marriageDossier(name),
      applicant: { name, idNumber },
    }),
  ).code;

test('a citizen ID scan asks first, shows the ID masked and the citizen’s dossiers, and forgets it at the end', async ({
  page,
}) => {
  const fullId = '079199012345';
  // The counter wrote the name with tone marks; the card's QR has none. Same name, other ID: not theirs.
  const mine = await receiveFor('Nguyễn Văn An', fullId);
  const namesake = await receiveFor('Nguyễn Văn An', '079199019999');
  await openKiosk(page);
  await scanWithWedge(
    page,
    `${fullId}||NGUYEN VAN AN|01021990|Nam|1 Le Loi Ben Nghe Quan 1|15082021`,
  );
  await expect(page.getByRole('heading', { name: 'Thẻ căn cước công dân' })).toBeVisible();
  // Nothing of the card shows before consent.
  await expect(page.getByText('NGUYEN VAN AN')).toHaveCount(0);
  await page.screenshot({ path: `${screens}/kiosk-citizen-notice.png` });
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();

  const citizen = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  await expect(citizen).toContainText('NGUYEN VAN AN');
  await expect(citizen).toContainText('********2345');
  await expect(citizen).toContainText('01/02/1990');
  await expect(citizen.getByRole('listitem', { name: `Mã hồ sơ ${mine}` })).toBeVisible();
  const dossier = citizen.getByRole('listitem').filter({ hasText: mine });
  await expect(dossier).toContainText('Đăng ký kết hôn');
  await expect(dossier).toContainText('Đã tiếp nhận');
  await expect(dossier).toContainText(/Ngày hẹn trả\d{2}\/\d{2}\/\d{4} — Đúng hạn/);
  await expect(citizen.getByRole('listitem')).toHaveCount(1);
  await expect(citizen).not.toContainText(namesake);
  expect(await page.content()).not.toContain(fullId);
  await page.screenshot({ path: `${screens}/kiosk-citizen.png` });
  await page.getByRole('button', { name: 'English' }).click();
  const inEnglish = page
    .getByRole('region', { name: 'Your dossiers' })
    .getByRole('listitem', { name: `Dossier code ${mine}` });
  await expect(inEnglish).toContainText('Marriage registration');
  await expect(inEnglish).not.toContainText('Đăng ký kết hôn');
  await expect(inEnglish).toContainText('Received');
  await expect(inEnglish).toContainText('On time');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await citizen.getByRole('button', { name: 'Kết thúc và xoá thông tin' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(page.getByText('NGUYEN VAN AN')).toHaveCount(0);
  await expect(page.getByText('********2345')).toHaveCount(0);
  await expect(page.getByText(mine)).toHaveCount(0);

  // Another citizen whose ID ends the same way sees none of those dossiers.
  await scanWithWedge(page, `001088002345||TRAN THI BE|05051985|Nu|2 Ham Nghi|15082021`);
  await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
  const other = page.getByRole('region', { name: 'Hồ sơ của bạn' });
  await expect(other.getByRole('status')).toHaveText('Không có hồ sơ nào của bạn tại trung tâm.');
  await expect(other.getByRole('listitem')).toHaveCount(0);
  await other.getByRole('button', { name: 'Kết thúc và xoá thông tin' }).click();
});

test('declining the notice shows nothing of the card', async ({ page }) => {
  await openKiosk(page);
  await scanWithWedge(page, '079199012345|NGUYEN THI BINH|05051985|Nu|2 Ham Nghi|');
  await page.getByRole('button', { name: 'Không đồng ý' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(page.getByText('NGUYEN THI BINH')).toHaveCount(0);
});

test('appointment check-in: a malformed code is explained before asking the server', async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Tôi có lịch hẹn' }).click();
  await expect(page.getByRole('heading', { name: 'Xác nhận lịch hẹn' })).toBeVisible();
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of 'AB12') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await page.screenshot({ path: `${screens}/kiosk-appointment.png` });
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Mã lịch hẹn gồm 8 chữ và số');
});

/** Books an appointment as the demo supervisor through the real REST API; returns its code. */
const bookAppointment = async (request: APIRequestContext, slotStart: Date): Promise<string> => {
  const signIn = await request.post(`${server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  expect(signIn.status()).toBe(201);
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const booked = await request.post(`${server.url}/api/v1/appointments`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: {
      serviceId: 'ho-tich',
      slotStart: slotStart.toISOString(),
      citizenName: 'Phạm Văn Dũng',
    },
  });
  expect(booked.status()).toBe(201);
  const { data } = (await booked.json()) as { data: { code: string } };
  return data.code;
};

test('appointment check-in: a typed code within the window gives a ticket; used again, it is refused', async ({
  page,
  request,
}) => {
  const code = await bookAppointment(request, new Date(Date.now() + 10 * 60_000));
  await openKiosk(page);
  await page.getByRole('button', { name: 'Tôi có lịch hẹn' }).click();
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of code) await keyboard.getByRole('button', { name: key, exact: true }).click();
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Hộ tịch');
  // The centre's policy gives checked-in appointments their own priority group.
  await expect(ticket).toContainText('Ưu tiên: Đặt lịch hẹn trước');
  const number = (await ticket.getByText(/^A\d{3}$/).textContent()) ?? '';
  await printer.waitFor((bytes) => bytes.includes(number));
  await ticket.getByRole('button', { name: 'Xong' }).click();

  // The same code scanned again: refused, in words.
  await scanWithWedge(page, code);
  await expect(page.getByRole('heading', { name: 'Xác nhận lịch hẹn' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('đã được lấy số');
});

test('appointment check-in too early says when to come', async ({ page, request }) => {
  const code = await bookAppointment(request, new Date(Date.now() + 3 * 3_600_000));
  await openKiosk(page);
  await scanWithWedge(page, code);
  await expect(page.getByRole('alert')).toContainText('chỉ lấy số được từ');
  await expect(page.getByRole('region', { name: 'Số thứ tự của bạn' })).toHaveCount(0);
});

test('a citizen who declares a priority group gets a priority ticket, after the notice', async ({
  page,
}) => {
  await openKiosk(page);
  await page.getByRole('button', { name: 'Tôi thuộc diện ưu tiên' }).click();
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

test('left alone, the kiosk goes home, forgets what was on screen and speaks Vietnamese', async ({
  page,
}) => {
  await openKiosk(page, '&idle=2');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Track a dossier' }).click();
  await page.getByRole('textbox', { name: 'Dossier code' }).fill('000.00.06.H56');
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible({
    timeout: 10_000,
  });
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expect(page.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue('');
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
  await openKiosk(page);
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
