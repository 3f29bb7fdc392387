import { expect, test, type APIRequestContext } from '@playwright/test';
import { ticketTrackingUrl } from '@openops/protocol';
import type { SpawnedProcess } from '../support/spawned-process';
import { startLoopbackPrinter, type LoopbackPrinter } from '../support/loopback-printer';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { openPtyDevice, openPtyPair, type PtyDevice, type PtyPair } from '../support/counter-pty';
import { openKeypadDevice, type KeypadDevice } from '../support/counter-keypad';
import { startCounterAgent } from '../support/counter-agent';
import { decodeReceipt } from '../support/counter-receipt';
import { counterPage } from '../support/counter-page';
import { ask, connectAs } from '../support/server-sockets';

/**
 * An officer's day in miniature, against the real server and the real agent of the counter PC
 * (receipt printer on loopback TCP, rating keypad and scanner on socat pseudo-terminals):
 * sign in, call, receive two dossiers, transfer one ticket, mark one a no-show, a rating on the
 * keypad, return a result; then the receipts' printed codes and the server's records.
 */
let server: QueueServerProcess;
let printer: LoopbackPrinter;
let keypadPair: PtyPair;
let scannerPair: PtyPair;
let keypad: KeypadDevice;
let scanner: PtyDevice;
let agent: SpawnedProcess;

const device = 'counter-pc-1';
const screens = 'test-results/screens';

/** A chip CCCD's QR: ID, old ID, name, birth date, sex, address, issue date. */
const citizenIdNumber = '079190001234';
const citizenQr = `${citizenIdNumber}|025123456|Nguyễn Thị Hoa|15061990|Nữ|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|01072021`;

/** Headers of a supervisor's REST session. */
let supervisor: Record<string, string> = {};

test.beforeAll(async () => {
  server = await startQueueServer();
  const session = await fetch(`${server.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'giam-sat', password: 'giamsat-demo' }),
  });
  expect(session.status).toBe(201);
  const { data } = (await session.json()) as { data: { token: string } };
  supervisor = { authorization: `Bearer ${data.token}` };
  printer = await startLoopbackPrinter();
  keypadPair = await openPtyPair();
  scannerPair = await openPtyPair();
  keypad = openKeypadDevice(keypadPair.devicePath);
  scanner = openPtyDevice(scannerPair.devicePath);
  agent = await startCounterAgent({
    serverUrl: server.url,
    device,
    printerUri: printer.uri,
    keypadPath: keypadPair.agentPath,
    scannerPath: scannerPair.agentPath,
  });
});

test.afterAll(async () => {
  await agent?.stop();
  keypad?.close();
  scanner?.close();
  await keypadPair?.close();
  await scannerPair?.close();
  await printer?.close();
  await server?.stop();
});

const issue = async (request: APIRequestContext, serviceId: string): Promise<string> => {
  const reply = await request.post(`${server.url}/api/v1/tickets`, { data: { serviceId } });
  expect(reply.status()).toBe(201);
  const body = (await reply.json()) as { data: { ticket: { number: string } } };
  return body.data.ticket.number;
};

/** The bytes printed after `from`, once a whole receipt (ending in a cut) has arrived. */
const printedAfter = async (from: number): Promise<Buffer> => {
  const cut = Buffer.from([0x1d, 0x56]);
  const bytes = await printer.waitFor((all) => all.subarray(from).includes(cut), 15_000);
  return bytes.subarray(from);
};

test('an officer serves a day in miniature at Quầy 1', async ({ page, request }) => {
  test.setTimeout(180_000);
  const tickets = [];
  for (let index = 0; index < 4; index += 1) tickets.push(await issue(request, 'ho-tich'));
  const [first, second, third, fourth] = tickets as [string, string, string, string];

  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(`${server.url}/counter/?device=${device}`);
  const counter = counterPage(page);
  await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
  await expect(page.getByText('Nguyễn Văn An')).toBeVisible();
  for (const number of tickets) await expect(counter.waitingRow(number)).toBeVisible();
  await page.screenshot({ path: `${screens}/counter-signed-in.png` });

  // Citizen 1: called with F1, served (F3), a birth registration received from a scanned CCCD.
  await counter.press('F1');
  await expect(counter.current).toHaveText(first);
  await expect(counter.waitingRow(first)).toHaveCount(0);
  await counter.press('F3');
  await counter.press('F8');
  await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
  // A birth is registered the same day: "trả trong ngày", not "0 ngày làm việc".
  await expect(counter.dossierForm.locator('.chosen')).toContainText(
    'Đăng ký khai sinh (1.001193) · trả trong ngày',
  );
  await expect(
    counter.dossierForm.getByRole('checkbox', { name: 'Giấy chứng sinh' }),
  ).toBeChecked();
  scanner.write(`${citizenQr}\r\n`);
  await expect(counter.dossierForm.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue(
    'Nguyễn Thị Hoa',
  );
  await expect(counter.dossierForm.getByRole('note')).toContainText('********1234');
  // The whole number is never on screen: the field stays empty, the notice shows it masked.
  await expect(
    counter.dossierForm.getByRole('textbox', { name: 'Số định danh (CCCD)' }),
  ).toHaveValue('');
  await expect(counter.dossierForm).not.toContainText(citizenIdNumber);

  // A bad phone number is refused beside its field, and nothing is saved.
  await counter.dossierForm.getByRole('textbox', { name: 'Số điện thoại' }).fill('12345');
  await counter.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  await expect(counter.dossierForm.getByRole('textbox', { name: 'Số điện thoại' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    counter.dossierForm.getByRole('textbox', { name: 'Số điện thoại' }),
  ).toHaveAccessibleDescription('Số điện thoại gồm 10–11 chữ số, bắt đầu bằng 0 hoặc +84');
  const none = await request.get(`${server.url}/api/v1/dossiers`, { headers: supervisor });
  expect(((await none.json()) as { data: unknown[] }).data).toEqual([]);

  await counter.dossierForm.getByRole('textbox', { name: 'Số điện thoại' }).fill('0903123456');
  const printedBefore = printer.received().length;
  await counter.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  const firstCode = await counter.receiptCode();
  await page.screenshot({ path: `${screens}/counter-dossier-received.png` });
  // The card's number is kept as the counter read it, masked: the kiosk finds the dossier by the card.
  const stored = await request.get(`${server.url}/api/v1/dossiers/${firstCode}`, {
    headers: supervisor,
  });
  expect(await stored.json()).toMatchObject({ data: { applicant: { idMasked: '********1234' } } });
  // The same card at the kiosk lists it.
  const kiosk = await connectAs(server.url, '/kiosk', { deviceId: 'kiosk-1' });
  const byCard = await ask<Array<{ code: string }>>(kiosk, 'dossier:citizen-list', {
    idNumber: citizenIdNumber,
  });
  kiosk.close();
  expect(byCard).toMatchObject({ ok: true, data: [{ code: firstCode }] });
  const firstReceipt = await decodeReceipt(await printedAfter(printedBefore), 'counter-receipt-1');
  expect(firstReceipt.codes).toEqual(expect.arrayContaining([firstCode]));
  // On screen: the printer's answer and the PNG of exactly what it was sent.
  await expect(counter.receipt.getByLabel('Máy in')).toHaveText('Đã in biên nhận');
  const preview = counter.receipt.getByRole('img', { name: `Biên nhận ${firstCode}` });
  await expect(preview).toBeVisible();
  expect(
    await preview.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
  ).toBe(576);

  // Finishing arms the keypad; the citizen presses "Rất hài lòng"; the officer sees only that it came.
  await counter.press('F4');
  const arm = await keypad.waitForArm(0);
  expect(arm.buttons).toBe(3);
  await expect(counter.rating).toContainText('Đang chờ công dân đánh giá');
  keypad.press(arm.seq, 1);
  await expect(counter.rating).toContainText('Đã nhận đánh giá');
  await expect(page.getByText('Rất hài lòng')).toHaveCount(0);

  // Citizen 2: a marriage registration, found without tone marks; its own code and receipt.
  await counter.press('F1');
  await expect(counter.current).toHaveText(second);
  await counter.press('F8');
  await counter.chooseProcedure('ket hon', /^Đăng ký kết hôn/);
  await counter.dossierForm.getByRole('textbox', { name: 'Họ và tên' }).fill('Trần Văn Bình');
  const beforeSecond = printer.received().length;
  await counter.dossierForm.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  const secondCode = await counter.receiptCode().then(async (code) => {
    if (code !== firstCode) return code;
    await expect(counter.receipt.getByRole('status', { name: 'Mã hồ sơ' })).not.toHaveText(
      firstCode,
    );
    return (await counter.receipt.getByRole('status', { name: 'Mã hồ sơ' }).textContent()) ?? '';
  });
  const secondReceipt = await decodeReceipt(await printedAfter(beforeSecond), 'counter-receipt-2');
  expect(secondReceipt.codes).toEqual(expect.arrayContaining([secondCode]));
  expect(Number(secondCode.split('-').at(-1))).toBe(Number(firstCode.split('-').at(-1)) + 1);
  await counter.press('F4');
  await keypad.waitForArm(1);

  // Citizen 3 came to the wrong field: transferred to Chứng thực with a note.
  await counter.press('F1');
  await expect(counter.current).toHaveText(third);
  await counter.press('F7');
  const transfer = page.getByRole('dialog', { name: `Chuyển số ${third}` });
  await transfer
    .getByRole('combobox', { name: 'Sang dịch vụ' })
    .selectOption({ label: 'Chứng thực' });
  await transfer.getByRole('textbox', { name: 'Ghi chú' }).fill('Cần chứng thực bản sao');
  await transfer.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(transfer).toHaveCount(0);

  // Citizen 4 does not come: no-show.
  await counter.press('F1');
  await expect(counter.current).toHaveText(fourth);
  await counter.press('F6');
  await expect(counter.alert).toHaveCount(0);
  // The no-show is answered before the list is read: the counter has no current ticket then.
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  const listed = async (
    query: string,
  ): Promise<Array<{ id: string; number: string; serviceId: string }>> => {
    const reply = await request.get(`${server.url}/api/v1/tickets?${query}`, {
      headers: supervisor,
    });
    expect(reply.status()).toBe(200);
    return (
      (await reply.json()) as { data: Array<{ id: string; number: string; serviceId: string }> }
    ).data;
  };
  expect((await listed('state=no-show')).map((ticket) => ticket.number)).toEqual([fourth]);
  const waiting = await listed('state=waiting');
  expect(waiting).toEqual([expect.objectContaining({ number: third, serviceId: 'chung-thuc' })]);
  const [transferred] = waiting;
  // The officer's note travels with the transfer, for the next counter to read.
  const history = await request.get(
    `${server.url}/api/v1/tickets/${transferred?.id ?? 'missing'}`,
    { headers: supervisor },
  );
  expect(await history.json()).toMatchObject({
    data: {
      events: expect.arrayContaining([
        expect.objectContaining({
          type: 'transferred',
          detail: expect.stringContaining('Cần chứng thực bản sao'),
        }),
      ]),
    },
  });

  // A citizen holds up a slip at the free counter: its QR calls that ticket here, out of turn.
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  const issueWithId = async (): Promise<{ id: string; number: string }> => {
    const reply = await request.post(`${server.url}/api/v1/tickets`, {
      data: { serviceId: 'ho-tich' },
    });
    return ((await reply.json()) as { data: { ticket: { id: string; number: string } } }).data
      .ticket;
  };
  const fifth = await issueWithId();
  const sixth = await issueWithId();
  scanner.write(`${ticketTrackingUrl(server.url, sixth.id)}\r\n`);
  await expect(counter.current).toHaveText(sixth.number);
  // Another slip while a citizen is at the counter calls nothing: the officer is told why.
  scanner.write(`${ticketTrackingUrl(server.url, fifth.id)}\r\n`);
  await expect(counter.alert).toContainText('Quầy đang có số');
  await expect(counter.current).toHaveText(sixth.number);
  await counter.press('F6');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  await expect(counter.waitingRow(fifth.number)).toBeVisible();

  // A break: paused with a reason, no calls taken, then resumed.
  await counter.press('F10');
  await page
    .getByRole('dialog', { name: 'Tạm dừng quầy' })
    .getByRole('button', { name: 'Nghỉ giải lao' })
    .click();
  await expect(page.getByText('(Nghỉ giải lao)')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tiếp tục/ })).toBeVisible();
  // A reload (a crashed screen) comes back to the same counter, still paused, still held.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toBeVisible();
  await expect(page.getByText('(Nghỉ giải lao)')).toBeVisible();
  const held = await request.get(`${server.url}/api/v1/counters/quay-1`, { headers: supervisor });
  expect(await held.json()).toMatchObject({
    data: { state: 'paused', heldBy: 'can-bo-1', reason: 'Nghỉ giải lao' },
  });
  await counter.press('F10');
  await expect(page.getByRole('button', { name: /^Tạm dừng/ })).toBeVisible();

  // The first citizen comes back for the result: scan the receipt, processed, returned (status 10).
  await counter.press('F9');
  scanner.write(`${firstCode}\r\n`);
  await expect(counter.followUp.getByRole('textbox', { name: 'Mã hồ sơ' })).toHaveValue(firstCode);
  await expect(counter.followUp.getByRole('status', { name: 'Trạng thái hồ sơ' })).toHaveText(
    'Đã tiếp nhận',
  );
  // Only the steps a received dossier allows are offered: no result to return yet.
  const step = (name: string) => counter.followUp.getByRole('button', { name, exact: true });
  await expect(step('Trả kết quả')).toBeDisabled();
  await expect(step('Đã nhận bổ sung')).toBeDisabled();
  await expect(step('Yêu cầu bổ sung')).toBeEnabled();
  await step('Đã xử lý xong').click();
  await expect(counter.followUp.getByRole('status', { name: 'Trạng thái hồ sơ' })).toHaveText(
    'Đã xử lý xong',
  );
  await expect(step('Yêu cầu bổ sung')).toBeDisabled();
  await expect(counter.followUp.getByRole('textbox', { name: /Giấy tờ cần bổ sung/ })).toHaveCount(
    0,
  );
  await step('Trả kết quả').click();
  await expect(counter.followUp.getByRole('status', { name: 'Trạng thái hồ sơ' })).toHaveText(
    'Đã trả kết quả',
  );
  await page.screenshot({ path: `${screens}/counter-result-returned.png` });

  // End of the day: a citizen still waits for civil status, so closing asks first, and says
  // that no other counter is open to call them; confirmed, closing the counter signs the
  // officer out.
  await page.getByRole('button', { name: 'Đóng quầy' }).click();
  const closing = page.getByRole('alertdialog', { name: 'Đóng Quầy 1?' });
  await expect(closing).toContainText(
    'Không còn quầy nào khác đang mở cho dịch vụ Hộ tịch: 1 công dân sẽ chờ đến khi có quầy mở.',
  );
  await closing.getByRole('button', { name: 'Vẫn đóng quầy' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();
  const closed = await request.get(`${server.url}/api/v1/counters/quay-1`, { headers: supervisor });
  expect(await closed.json()).toMatchObject({ data: { state: 'closed', heldBy: null } });

  // The server's records.
  const ratings = await request.get(`${server.url}/api/v1/ratings`, { headers: supervisor });
  expect(ratings.status()).toBe(200);
  const rated = (await ratings.json()) as {
    data: { ratings: Array<Record<string, unknown>>; summary: { total: number } };
  };
  expect(rated.data.ratings).toEqual([
    expect.objectContaining({
      ticketNumber: first,
      counterId: 'quay-1',
      officerId: 'can-bo-1',
      serviceId: 'ho-tich',
      dossierCode: firstCode,
      level: 'very-satisfied',
      source: 'keypad',
    }),
  ]);
  const returned = await request.get(
    `${server.url}/api/v1/dossiers/${encodeURIComponent(firstCode)}`,
    { headers: supervisor },
  );
  const dossier = (await returned.json()) as {
    data: { status: number; history: Array<{ status: number }>; applicant: { idMasked: string } };
  };
  expect(dossier.data.status).toBe(10);
  expect(dossier.data.history.map((entry) => entry.status)).toEqual([2, 9, 10]);
  expect(dossier.data.applicant.idMasked ?? '').not.toContain('079190');
});
