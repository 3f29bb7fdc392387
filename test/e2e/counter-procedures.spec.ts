import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { counterPage } from '../support/counter-page';

/**
 * Procedures are configuration: read over REST by any screen, edited by a supervisor (REST and
 * the counter's editor), written whole to centre.json, and pushed to counters without a restart.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer();
});

test.afterAll(async () => {
  await server?.stop();
});

/** Pages a test opens beside its own `page` (another officer, a supervisor). */
const opened: Page[] = [];
const newPage = async (browser: Browser): Promise<Page> => {
  const page = await browser.newPage();
  opened.push(page);
  return page;
};
// Closed after each test, passed or failed, so no signed-in screen outlives its test.
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});

const sessionHeaders = async (username: string, password: string) => {
  const reply = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(reply.status).toBe(201);
  const { data } = (await reply.json()) as { data: { token: string } };
  return { authorization: `Bearer ${data.token}` };
};

const marriage = {
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  nameEn: 'Marriage registration',
  serviceId: 'ho-tich',
  processingDays: 3,
  documents: [
    {
      id: 'to-khai',
      name: 'Tờ khai đăng ký kết hôn',
      form: 'original',
      quantity: 1,
      required: true,
    },
  ],
  fees: [{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 0 }],
  whereToSubmit: 'Quầy 1, tầng 1',
};

test('procedures are read by anyone and changed only by a supervisor, whole and valid', async ({
  request,
}) => {
  const list = await request.get(`${server.url}/api/v1/procedures`);
  expect(list.status()).toBe(200);
  const all = (await list.json()) as { data: Array<{ id: string; name: string }> };
  expect(all.data.map((procedure) => procedure.name)).toContain('Đăng ký kết hôn');
  const narrowed = await request.get(`${server.url}/api/v1/procedures?serviceId=chung-thuc`);
  expect(((await narrowed.json()) as { data: Array<{ id: string }> }).data).toEqual([
    expect.objectContaining({ id: 'chung-thuc-ban-sao' }),
  ]);
  const missing = await request.get(`${server.url}/api/v1/procedures/khong-co`);
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });

  const url = `${server.url}/api/v1/procedures/dang-ky-ket-hon`;
  const before = readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8');
  const anonymous = await request.put(url, { data: marriage });
  expect(anonymous.status()).toBe(401);
  const officer = await request.put(url, {
    data: marriage,
    headers: await sessionHeaders('can-bo-1', 'canbo-demo'),
  });
  expect(officer.status()).toBe(403);
  const supervisor = await sessionHeaders('giam-sat', 'giamsat-demo');
  const invalid = await request.put(url, {
    data: { ...marriage, documents: [{ ...marriage.documents[0], quantity: 0 }] },
    headers: supervisor,
  });
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toMatchObject({
    ok: false,
    error: {
      code: 'bad-request',
      issues: [expect.objectContaining({ path: 'documents.0.quantity' })],
    },
  });
  const unknownService = await request.put(url, {
    data: { ...marriage, serviceId: 'khong-co' },
    headers: supervisor,
  });
  expect(unknownService.status()).toBe(400);
  expect(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')).toBe(before);
});

test('an edit in the supervisor editor reaches an open counter form without a restart', async ({
  browser,
  request,
}) => {
  const officerPage = await newPage(browser);
  await officerPage.goto(`${server.url}/counter/?device=counter-pc-1`);
  const officer = counterPage(officerPage);
  await officer.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await officerPage.keyboard.press('F8');
  await officer.chooseProcedure('kết hôn', /^Đăng ký kết hôn/);
  const checklist = officer.dossierForm.getByRole('group', { name: 'Thành phần hồ sơ' });
  await expect(checklist.getByRole('checkbox')).toHaveCount(2);
  // The officer has already ticked the optional paper the citizen brought.
  const optional = checklist.getByRole('checkbox', { name: 'Giấy xác nhận tình trạng hôn nhân' });
  await optional.check();

  const supervisorPage = await newPage(browser);
  await supervisorPage.goto(`${server.url}/counter/?device=counter-pc-2`);
  const supervisor = counterPage(supervisorPage);
  await supervisor.signIn({ username: 'giam-sat', password: 'giamsat-demo', counter: 'Quầy 2' });
  await supervisorPage.getByRole('button', { name: 'Cấu hình thủ tục' }).click();
  const editor = supervisorPage.getByRole('region', { name: 'Cấu hình thủ tục' });
  await editor
    .getByRole('combobox', { name: 'Thủ tục' })
    .selectOption({ label: 'Đăng ký kết hôn' });

  // An empty document name is refused beside its field; nothing reaches the counter.
  await editor.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  const emptyName = editor.getByRole('textbox', { name: 'Tên giấy tờ 3' });
  await expect(emptyName).toHaveAttribute('aria-invalid', 'true');
  await expect(emptyName).toHaveAccessibleDescription('Cần nhập tên giấy tờ');
  await expect(editor.getByRole('status')).toHaveText('Chưa lưu: sửa các ô được đánh dấu');
  // The message goes under the row: the document's fields stay side by side.
  const nameBox = await emptyName.boundingBox();
  const formBox = await editor.getByRole('combobox', { name: 'Hình thức giấy tờ 3' }).boundingBox();
  expect(Math.abs((nameBox?.y ?? 0) - (formBox?.y ?? 999))).toBeLessThan(8);
  await expect(checklist.getByRole('checkbox')).toHaveCount(2);

  await editor.getByRole('textbox', { name: 'Tên giấy tờ 3' }).fill('Căn cước công dân');
  await editor
    .getByRole('combobox', { name: 'Hình thức giấy tờ 3' })
    .selectOption({ label: 'Bản sao' });
  await editor.getByRole('spinbutton', { name: 'Số lượng giấy tờ 3' }).fill('2');
  await editor.getByRole('spinbutton', { name: 'Thời hạn giải quyết (ngày làm việc)' }).fill('5');
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(editor.getByRole('status')).toHaveText('Đã lưu "Đăng ký kết hôn"');
  await supervisorPage.screenshot({ path: 'test-results/screens/counter-procedure-editor.png' });

  // The officer's open form shows the new document at once, with its form and quantity.
  const added = officer.dossierForm.getByRole('checkbox', { name: 'Căn cước công dân' });
  await expect(added).toBeChecked();
  await expect(optional).toBeChecked();
  await expect(
    officer.dossierForm.getByRole('combobox', { name: 'Hình thức: Căn cước công dân' }),
  ).toHaveValue('copy');
  await expect(
    officer.dossierForm.getByRole('spinbutton', { name: 'Số lượng: Căn cước công dân' }),
  ).toHaveValue('2');
  await expect(officer.dossierForm).toContainText('5 ngày làm việc');

  const saved = await request.get(`${server.url}/api/v1/procedures/dang-ky-ket-hon`);
  expect(await saved.json()).toMatchObject({
    data: {
      processingDays: 5,
      documents: expect.arrayContaining([
        expect.objectContaining({ name: 'Căn cước công dân', form: 'copy', quantity: 2 }),
      ]),
    },
  });
  expect(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')).toContain(
    'Căn cước công dân',
  );
});

test('the working screen and its forms read in English when switched, and back', async ({
  page,
  request,
}) => {
  const issued = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'chung-thuc' },
  });
  expect(issued.status()).toBe(201);
  await page.goto(`${server.url}/counter/?device=counter-pc-3`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-3', password: 'canbo-demo', counter: 'Quầy 3' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /^Call next/ })).toBeVisible();
  // The timer says what it counts, and where the ticket stands, in the officer's language.
  await page.keyboard.press('F1');
  await expect(
    page.getByText(/^Since the call: \d+:\d\d · Waiting for the citizen$/),
  ).toBeVisible();
  await page.keyboard.press('F3');
  await expect(page.getByText(/^Serving time: \d+:\d\d · Serving$/)).toBeVisible();
  await page.keyboard.press('F8');
  await expect(page.getByRole('heading', { name: 'Receive a dossier' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find the procedure' }).fill('chung thuc');
  await page.getByRole('button', { name: /^Certified copies from originals/ }).click();
  await expect(page.getByRole('textbox', { name: 'Full name' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Quantity' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/counter-dossier-en.png' });
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Họ và tên' })).toBeVisible();
  await expect(page.getByText(/^Thời gian phục vụ: \d+:\d\d · Đang phục vụ$/)).toBeVisible();
});

test('a certification is charged per page: counted at the counter, stored and printed multiplied', async ({
  browser,
  request,
}) => {
  const fee = 'Phí chứng thực bản sao (mỗi trang)';
  const supervisor = await sessionHeaders('giam-sat', 'giamsat-demo');
  const certification = {
    procedureId: 'chung-thuc-ban-sao',
    applicant: { name: 'Lê Văn Cường' },
    documents: [
      { documentId: 'ban-chinh', form: 'original', quantity: 1 },
      { documentId: 'ban-sao', form: 'copy', quantity: 1 },
    ],
    counterId: 'quay-3',
    officerName: 'Cán bộ 3',
  };
  // Over REST too, a per-page fee without its page count is refused, never charged once.
  const uncounted = await request.post(`${server.url}/api/v1/dossiers`, {
    data: certification,
    headers: supervisor,
  });
  expect(uncounted.status()).toBe(422);
  expect(await uncounted.json()).toMatchObject({
    ok: false,
    error: {
      code: 'missing-fee-quantity',
      issues: [{ path: 'feeQuantities', message: `thiếu số trang: ${fee}` }],
    },
  });

  const page = await newPage(browser);
  await page.goto(`${server.url}/counter/?device=counter-pc-3`);
  const officer = counterPage(page);
  await officer.signIn({ username: 'can-bo-3', password: 'canbo-demo', counter: 'Quầy 3' });
  await page.keyboard.press('F8');
  await officer.chooseProcedure('chung thuc', /^Chứng thực bản sao/);
  const fees = officer.dossierForm.getByRole('group', { name: 'Lệ phí' });
  const pages = fees.getByRole('textbox', { name: `Số trang: ${fee}` });
  // A line is plain text in its fee's item (it also holds the count box's label and, once
  // refused, the error); only the total is a live region, so a keystroke is announced once.
  const line = fees.getByRole('listitem').filter({ hasText: fee });
  const total = fees.getByRole('status', { name: 'Tổng lệ phí' });
  await expect(fees.getByRole('status')).toHaveCount(1);
  await expect(line).toContainText('2.000 đ/trang');
  await expect(total).toHaveText('nhập số trang, số bản để tính');
  await officer.dossierForm.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Văn Cường');

  const receive = officer.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' });
  /** This test's applicant's dossiers on the server; other tests may have received theirs. */
  const certificationsStored = async (): Promise<unknown[]> => {
    const reply = await request.get(`${server.url}/api/v1/dossiers`, { headers: supervisor });
    const { data } = (await reply.json()) as { data: Array<{ applicant: { name: string } }> };
    return data.filter((dossier) => dossier.applicant.name === certification.applicant.name);
  };

  // Sent without the page count: asked for beside the fee, and nothing is stored.
  await receive.click();
  await expect(pages).toHaveAttribute('aria-invalid', 'true');
  await expect(pages).toHaveAccessibleDescription('Cần nhập số trang');
  expect(await certificationsStored()).toEqual([]);

  // "1e3" is no count: the screen draws no line amount and no total from it, so it is refused
  // beside the box rather than sent as the 1000 pages the officer never saw charged.
  await pages.fill('1e3');
  await expect(pages).toHaveValue('1e3');
  await expect(line).toContainText('2.000 đ/trang');
  await expect(total).toHaveText('nhập số trang, số bản để tính');
  await receive.click();
  await expect(pages).toHaveAccessibleDescription(
    'Số trang hoặc số bản phải là số nguyên từ 1 đến 9.999',
  );
  expect(await certificationsStored()).toEqual([]);
  // Typed again, the box no longer says why its old value was refused.
  await pages.fill('12');
  await expect(pages).not.toHaveAttribute('aria-invalid');
  await expect(fees.getByText('Số trang hoặc số bản phải là số nguyên từ 1 đến 9.999')).toHaveCount(
    0,
  );
  // The wheel over a focused count box scrolls the form and leaves the count as typed.
  await pages.hover();
  await page.mouse.wheel(0, -120);
  await expect(pages).toHaveValue('12');

  // A thousand pages read as the amounts beside them do.
  await pages.fill('1000');
  await expect(line).toContainText('2.000 đ × 1.000 trang = 2.000.000 đ');
  await expect(total).toHaveText('2.000.000 đ');

  // 10 pages: the line and the total follow the count as it is typed.
  await pages.fill('10');
  await expect(line).toContainText('2.000 đ × 10 trang = 20.000 đ');
  await expect(total).toHaveText('20.000 đ');
  await page.screenshot({ path: 'test-results/screens/counter-fee-per-page.png' });
  await receive.click();
  const code = await officer.receiptCode();

  const charged = {
    name: fee,
    amountVnd: 20000,
    per: 'page',
    unitPriceVnd: 2000,
    quantity: 10,
  };
  const stored = await request.get(`${server.url}/api/v1/dossiers/${encodeURIComponent(code)}`, {
    headers: supervisor,
  });
  expect(await stored.json()).toMatchObject({
    data: { fees: [charged], feesTotalVnd: 20000 },
  });
  // The receipt job for this counter's printer carries the multiplied line.
  const jobs = await request.get(`${server.url}/api/v1/print-jobs?deviceId=counter-pc-3`, {
    headers: supervisor,
  });
  const { data } = (await jobs.json()) as {
    data: Array<{ document: { kind: string; dossierCode?: string; fees?: unknown[] } }>;
  };
  const receipt = data.find((job) => job.document.dossierCode === code);
  expect(receipt?.document).toMatchObject({ kind: 'dossier-receipt', fees: [charged] });
  // What the printer is sent, drawn: "2.000 đ × 10 trang = 20.000 đ" and the total.
  const preview = officer.receipt.getByRole('img', { name: `Biên nhận ${code}` });
  await expect(preview).toBeVisible();
  await preview.screenshot({ path: 'test-results/screens/counter-receipt-per-page.png' });

  // The supervisor makes it per copy: the officer's next reception asks for copies instead.
  await page.getByRole('button', { name: 'Đóng biên nhận' }).click();
  const supervisorPage = await newPage(browser);
  await supervisorPage.goto(`${server.url}/counter/?device=counter-pc-2`);
  await counterPage(supervisorPage).signIn({
    username: 'giam-sat',
    password: 'giamsat-demo',
    counter: 'Quầy 2',
  });
  await supervisorPage.getByRole('button', { name: 'Cấu hình thủ tục' }).click();
  const editor = supervisorPage.getByRole('region', { name: 'Cấu hình thủ tục' });
  await editor
    .getByRole('combobox', { name: 'Thủ tục' })
    .selectOption({ label: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản' });
  const charging = editor.getByRole('combobox', { name: 'Cách tính lệ phí 1' });
  await expect(charging).toHaveValue('page');
  await charging.selectOption({ label: 'Mỗi bản' });
  // Two fees added and saved as they come: each is named by its place, so fee names stay unique.
  await editor.getByRole('button', { name: 'Thêm lệ phí' }).click();
  await editor.getByRole('button', { name: 'Thêm lệ phí' }).click();
  await expect(editor.getByRole('textbox', { name: 'Tên lệ phí 2' })).toHaveValue('Lệ phí 2');
  await expect(editor.getByRole('textbox', { name: 'Tên lệ phí 3' })).toHaveValue('Lệ phí 3');
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  await expect(editor.getByRole('status')).toHaveText(
    'Đã lưu "Chứng thực bản sao từ bản chính giấy tờ, văn bản"',
  );
  const saved = await request.get(`${server.url}/api/v1/procedures/chung-thuc-ban-sao`);
  expect(await saved.json()).toMatchObject({
    data: {
      fees: [
        { name: fee, amountVnd: 2000, per: 'copy' },
        { name: 'Lệ phí 2', amountVnd: 0 },
        { name: 'Lệ phí 3', amountVnd: 0 },
      ],
    },
  });
  // One added by mistake is removed again.
  await editor.getByRole('button', { name: 'Xoá lệ phí 2' }).click();
  await expect(editor.getByRole('textbox', { name: 'Tên lệ phí 2' })).toHaveValue('Lệ phí 3');
  await editor.getByRole('button', { name: 'Lưu thủ tục' }).click();
  // The status reads as after the first save: the server's copy tells when this one is in.
  await expect
    .poll(async () => {
      const removed = await request.get(`${server.url}/api/v1/procedures/chung-thuc-ban-sao`);
      const { data } = (await removed.json()) as { data: { fees: Array<{ name: string }> } };
      return data.fees.map((saved) => saved.name);
    })
    .toEqual([fee, 'Lệ phí 3']);
  await page.keyboard.press('F8');
  await officer.chooseProcedure('chung thuc', /^Chứng thực bản sao/);
  await fees.getByRole('textbox', { name: `Số bản: ${fee}` }).fill('3');
  await expect(line).toContainText('2.000 đ × 3 bản = 6.000 đ');
  await expect(total).toHaveText('6.000 đ');
});
