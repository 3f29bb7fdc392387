import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { issueTicket, openCounterAs, type IssuedTicket } from '../support/counter-session';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { scannerOf } from '../support/agent-scanner';

/**
 * An officer's day walked by a reviewer: a call that silently ended the citizen at the counter,
 * a card scanned for one citizen that filled the next one's form, no way to return a ticket to
 * the queue, buttons offered in states that refuse them, a current number without its service or
 * priority, dialogs that opened out of sight without the focus, a pause that said nothing of
 * the citizen still called, form errors stuck in English, and actions that confirmed nothing.
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'counter-officer-day-server' });
});

test.afterAll(async () => {
  await server?.stop();
});

/** A chip CCCD's QR: ID, old ID, name, birth date, sex, address, issue date. */
const citizenCard =
  '079190009876|025123456|Trần Thị Mai|15061990|Nữ|8 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|01072021';

type TicketRecord = {
  ticket: { state: string; servingStartedAt?: string | null };
  events: Array<{ type: string; detail: string | null }>;
};

const ticketRecord = async (
  request: APIRequestContext,
  ticket: IssuedTicket,
): Promise<TicketRecord> => {
  const reply = await request.get(`${server.url}/api/v1/tickets/${ticket.id}`);
  expect(reply.status()).toBe(200);
  return ((await reply.json()) as { data: TicketRecord }).data;
};

const stateOf = async (request: APIRequestContext, ticket: IssuedTicket): Promise<string> =>
  (await ticketRecord(request, ticket)).ticket.state;

const button = (page: Page, name: RegExp) =>
  page.getByRole('toolbar', { name: 'Thao tác' }).getByRole('button', { name });

test('a call with a citizen at the counter asks how that ticket ends first', async ({
  browser,
  request,
}) => {
  // Quầy 1 alone serves civil status (Hộ tịch) among the counters these tests open.
  const [first, second, third] = [
    await issueTicket(request, server.url, 'ho-tich'),
    await issueTicket(request, server.url, 'ho-tich'),
    await issueTicket(request, server.url, 'ho-tich'),
  ] as [IssuedTicket, IssuedTicket, IssuedTicket];
  const tablet = await browser.newPage();
  await tablet.goto(`${server.url}/counter/?view=rating&counter=quay-1`);
  await expect(tablet.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
  const page = await browser.newPage();
  const counter = await openCounterAs(page, server.url, 1, 'Quầy 1');
  await expect(counter.waitingRow(third.number)).toBeVisible();

  await counter.press('F1');
  await expect(counter.current).toHaveText(first.number);
  // Once the 2 s after a call are over, F1 asks rather than ending the called citizen.
  await page.waitForTimeout(2_100);
  await counter.press('F1');
  const question = page.getByRole('alertdialog', { name: `Phiếu ${first.number} đang ở quầy` });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  await expect(question.getByRole('button', { name: 'Hoàn thành và gọi tiếp' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/counter-call-while-at-counter.png' });
  // "Huỷ": nothing is called, nothing ends.
  await question.getByRole('button', { name: 'Huỷ' }).click();
  await expect(question).toHaveCount(0);
  expect(await stateOf(request, first)).toBe('called');
  expect(await stateOf(request, second)).toBe('waiting');

  // Absent, then the call: the citizen who never came is recorded as absent, not as served.
  await counter.press('F1');
  await question.getByRole('button', { name: 'Vắng mặt và gọi tiếp' }).click();
  await expect(counter.current).toHaveText(second.number);
  // A chosen ticket is held by the 2 s after a call too: Alt+1 right after it calls nobody.
  await counter.press('Alt+1');
  await expect(counter.alert).toContainText('nhấn lại sau giây lát');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi vắng mặt' })).toHaveText(
    `Đã ghi vắng mặt số ${first.number}.`,
  );
  expect(await stateOf(request, first)).toBe('no-show');
  expect(await stateOf(request, third)).toBe('waiting');
  await counter.press('F3');
  await expect(button(page, /^Bắt đầu phục vụ/)).toBeDisabled();

  // Served: a row's "Gọi" asks, offering no "absent" for a citizen who came.
  await page.waitForTimeout(2_100);
  await counter.queue.getByRole('button', { name: `Gọi ${third.number}` }).click();
  const serving = page.getByRole('alertdialog', { name: `Phiếu ${second.number} đang ở quầy` });
  await expect(serving).toContainText(`Công dân số ${second.number} đang được phục vụ`);
  await expect(serving.getByRole('button', { name: 'Vắng mặt và gọi tiếp' })).toHaveCount(0);
  await serving.getByRole('button', { name: 'Hoàn thành và gọi tiếp' }).click();
  await expect(counter.current).toHaveText(third.number);
  // Finished as F4 finishes: serving time kept, no "ended by the next call", the rating asked.
  const served = await ticketRecord(request, second);
  expect(served.ticket.state).toBe('done');
  expect(served.ticket.servingStartedAt).toBeTruthy();
  expect(served.events.find((event) => event.type === 'done')?.detail ?? null).toBeNull();
  await expect(counter.rating).toContainText(
    `Số trước ${second.number}: Đang chờ công dân đánh giá`,
  );
  await expect(
    tablet.getByRole('region', { name: `Đánh giá lượt phục vụ số ${second.number}` }),
  ).toBeVisible();

  // Nobody left to call: F1 says so, and asks nothing about the citizen at the counter.
  await page.waitForTimeout(2_100);
  await counter.press('F1');
  await expect(counter.alert).toContainText('Không còn công dân nào đang chờ cho quầy này');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await stateOf(request, third)).toBe('called');
});

test('the rating line never sits beside another ticket as if it were its own', async ({
  browser,
  request,
}) => {
  // Quầy 2 calls these from their rows; nobody else calls certification before they end.
  const first = await issueTicket(request, server.url, 'chung-thuc');
  const second = await issueTicket(request, server.url, 'chung-thuc');
  const tablet = await browser.newPage();
  await tablet.goto(`${server.url}/counter/?view=rating&counter=quay-2`);
  await expect(tablet.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
  const page = await browser.newPage();
  const counter = await openCounterAs(page, server.url, 2, 'Quầy 2');
  await counter.queue.getByRole('button', { name: `Gọi ${first.number}` }).click();
  await expect(counter.current).toHaveText(first.number);
  await counter.press('F4');
  await expect(counter.rating).toContainText(`${first.number}: Đang chờ công dân đánh giá`);

  // The next citizen is called while the first may still rate: the line says it is theirs...
  await counter.queue.getByRole('button', { name: `Gọi ${second.number}` }).click();
  await expect(counter.current).toHaveText(second.number);
  await expect(counter.rating).toContainText(
    `Số trước ${first.number}: Đang chờ công dân đánh giá`,
  );
  // ...and once it came, it goes: "A001: Đã nhận đánh giá" never sits beside A002.
  await tablet
    .getByRole('region', { name: `Đánh giá lượt phục vụ số ${first.number}` })
    .getByRole('button', { name: 'Hài lòng', exact: true })
    .click();
  await expect(tablet.getByText('Cảm ơn quý khách đã đánh giá!')).toBeVisible();
  await expect(counter.rating).toHaveCount(0);
  await expect(counter.current).toHaveText(second.number);
  await counter.press('F4');
  await expect(counter.rating).toContainText(`${second.number}: Đang chờ công dân đánh giá`);
});

/** Issues a ticket for the return of results, which Quầy 4 alone serves, optionally with priority. */
const issueAtQuay4 = async (
  request: APIRequestContext,
  priorityCategoryId?: string,
): Promise<IssuedTicket> => {
  const reply = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'tra-ket-qua', ...(priorityCategoryId ? { priorityCategoryId } : {}) },
  });
  expect(reply.status()).toBe(201);
  return ((await reply.json()) as { data: { ticket: IssuedTicket } }).data.ticket;
};

/** Quầy 4 at 1366×768, with `ticket` called from its row (whatever else waits). */
const callAtQuay4 = async (page: Page, ticket: IssuedTicket) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const counter = await openCounterAs(page, server.url, 4, 'Quầy 4');
  await counter.queue.getByRole('button', { name: `Gọi ${ticket.number}` }).click();
  await expect(counter.current).toHaveText(ticket.number);
  return counter;
};

test('the action buttons and keys follow the state of the ticket at the counter', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const counter = await openCounterAs(page, server.url, 4, 'Quầy 4');
  // Nobody at the counter: only calling is offered; a key says why it does nothing.
  await expect(button(page, /^Gọi số tiếp theo/)).toBeEnabled();
  for (const name of [
    /^Gọi lại/,
    /^Bắt đầu phục vụ/,
    /^Hoàn thành/,
    /^Vắng mặt/,
    /^Chuyển/,
    /^Trả về hàng chờ/,
  ]) {
    await expect(button(page, name)).toBeDisabled();
  }
  await counter.press('F4');
  await expect(counter.alert).toHaveText('Chưa có số nào ở quầy: gọi số trước (F1).');

  // Called: everything on the ticket is offered.
  const ticket = await issueAtQuay4(request);
  await counter.queue.getByRole('button', { name: `Gọi ${ticket.number}` }).click();
  await expect(counter.current).toHaveText(ticket.number);
  for (const name of [/^Gọi lại/, /^Bắt đầu phục vụ/, /^Hoàn thành/, /^Vắng mặt/, /^Chuyển/]) {
    await expect(button(page, name)).toBeEnabled();
  }

  // Being served: recall, start and no-show are off, and their keys say why, sending nothing.
  await counter.press('F3');
  await expect(button(page, /^Bắt đầu phục vụ/)).toBeDisabled();
  await expect(button(page, /^Gọi lại/)).toBeDisabled();
  await expect(button(page, /^Vắng mặt/)).toBeDisabled();
  await expect(button(page, /^Hoàn thành/)).toBeEnabled();
  await counter.press('F2');
  await expect(counter.alert).toHaveText(
    `Số ${ticket.number} đang được phục vụ: không thể gọi lại.`,
  );
  await counter.press('F4');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  expect(await stateOf(request, ticket)).toBe('done');
});

test('the current number shows its service and priority group', async ({ page, request }) => {
  const ticket = await issueAtQuay4(request, 'nguoi-cao-tuoi');
  const counter = await callAtQuay4(page, ticket);
  await expect(page.getByText('Trả kết quả · Ưu tiên: Người cao tuổi')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/counter-current-priority.png' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Return of results · Priority: Elderly')).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await counter.press('F6');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
});

test('"Trả về hàng chờ" (Shift+F7) returns the ticket to the queue and says so', async ({
  page,
  request,
}) => {
  const ticket = await issueAtQuay4(request);
  const counter = await callAtQuay4(page, ticket);
  await expect(button(page, /^Trả về hàng chờ/)).toBeEnabled();
  await button(page, /^Trả về hàng chờ/).click();
  await expect(page.getByRole('status').filter({ hasText: 'về hàng chờ' })).toHaveText(
    `Đã trả số ${ticket.number} về hàng chờ.`,
  );
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  await expect(counter.waitingRow(ticket.number)).toBeVisible();
  expect(await stateOf(request, ticket)).toBe('waiting');

  // By its key, listed in the key list.
  await counter.queue.getByRole('button', { name: `Gọi ${ticket.number}` }).click();
  await expect(counter.current).toHaveText(ticket.number);
  await counter.press('Shift+F7');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  expect(await stateOf(request, ticket)).toBe('waiting');
  await counter.press('Shift+F1');
  const help = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(help.getByRole('row', { name: /Shift\+F7/ })).toContainText('Trả số về hàng chờ');
});

test('a transfer and a no-show say what they did', async ({ page, request }) => {
  const [first, second] = [await issueAtQuay4(request), await issueAtQuay4(request)];
  const counter = await callAtQuay4(page, first);
  await counter.press('F7');
  const transfer = page.getByRole('dialog', { name: `Chuyển số ${first.number}` });
  await transfer.getByRole('combobox', { name: 'Sang dịch vụ' }).selectOption({ label: 'Hộ tịch' });
  await transfer.getByRole('button', { name: 'Xác nhận chuyển' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã chuyển' })).toHaveText(
    `Đã chuyển số ${first.number} sang dịch vụ Hộ tịch.`,
  );

  // The next call, right after: nobody is at the counter any more, so nothing is asked.
  await counter.queue.getByRole('button', { name: `Gọi ${second.number}` }).click();
  await expect(counter.current).toHaveText(second.number);
  await expect(page.getByRole('status').filter({ hasText: 'Đã chuyển' })).toHaveCount(0);
  await counter.press('F6');
  await expect(page.getByRole('status').filter({ hasText: 'vắng mặt' })).toHaveText(
    `Đã ghi vắng mặt số ${second.number}.`,
  );
  expect(await stateOf(request, second)).toBe('no-show');
});

test('F10 with a citizen at the counter warns of them, and still pauses', async ({
  page,
  request,
}) => {
  const ticket = await issueAtQuay4(request);
  const counter = await callAtQuay4(page, ticket);
  await counter.press('F10');
  const pause = page.getByRole('dialog', { name: 'Tạm dừng quầy' });
  await expect(pause.getByRole('note')).toHaveText(
    `Số ${ticket.number} đã được gọi và vẫn thuộc quầy này: trong lúc tạm dừng, công dân vẫn được mời đến đây. Nên hoàn thành, trả về hàng chờ hoặc chuyển số này trước khi tạm dừng.`,
  );
  // Not blocked: the officer decides.
  await pause.getByRole('button', { name: 'Họp' }).click();
  await expect(page.getByRole('button', { name: /^Tiếp tục/ })).toBeVisible();
  await counter.press('F10');
  await expect(page.getByRole('button', { name: /^Tạm dừng/ })).toBeVisible();
  await counter.press('F3');
  await counter.press('F10');
  await expect(pause.getByRole('note')).toHaveText(
    `Công dân số ${ticket.number} vẫn đang ở quầy. Nên hoàn thành, trả về hàng chờ hoặc chuyển số này trước khi tạm dừng.`,
  );
  await pause.getByRole('button', { name: 'Huỷ' }).click();
  await counter.press('F4');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
});

test('F7, F10 and F8 open in view at 1366×768, the focus on their first control', async ({
  page,
  request,
}) => {
  const ticket = await issueAtQuay4(request);
  const counter = await callAtQuay4(page, ticket);
  // The dialogs open under the action bar, their lower part below the fold until scrolled to.
  await counter.press('F7');
  const transfer = page.getByRole('dialog', { name: `Chuyển số ${ticket.number}` });
  await expect(transfer).toBeInViewport({ ratio: 1 });
  await expect(transfer.getByRole('combobox', { name: 'Sang dịch vụ' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.evaluate('window.scrollTo(0, 0)');
  await counter.press('F10');
  const pause = page.getByRole('dialog', { name: 'Tạm dừng quầy' });
  await expect(pause).toBeInViewport({ ratio: 1 });
  await expect(pause.getByRole('button', { name: 'Nghỉ giải lao' })).toBeFocused();
  await page.keyboard.press('Escape');
  // F8: the cursor, elsewhere on the page, goes to the procedure search.
  await button(page, /^Gọi số tiếp theo/).focus();
  await counter.press('F8');
  const search = counter.dossierForm.getByRole('searchbox', { name: 'Tìm thủ tục' });
  await expect(search).toBeFocused();
  await expect(search).toBeInViewport();
  await counter.press('F4');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
});

test('a card scanned for one citizen never fills the next one’s form; an unreadable scan is said', async ({
  page,
  request,
}) => {
  // Quầy 3 serves certification (Chứng thực): nobody else calls it in these tests.
  const first = await issueTicket(request, server.url, 'chung-thuc');
  const second = await issueTicket(request, server.url, 'chung-thuc');
  const counter = await openCounterAs(page, server.url, 3, 'Quầy 3');
  const scanner = await scannerOf(server.url, 'counter-pc-3');
  const form = counter.dossierForm;
  const name = form.getByRole('textbox', { name: 'Họ và tên' });

  // The first citizen's card is scanned with no form open; they are served and leave.
  await counter.press('F1');
  await expect(counter.current).toHaveText(first.number);
  await scanner.scan(citizenCard);
  await counter.press('F3');
  await counter.press('F4');
  await expect(counter.current).toHaveText('Chưa gọi số nào');
  // The next citizen's form starts empty.
  await counter.press('F1');
  await expect(counter.current).toHaveText(second.number);
  await counter.press('F3');
  await counter.press('F8');
  await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
  await expect(name).toHaveValue('');
  await expect(form.getByRole('note')).toHaveCount(0);
  // Their own card fills it.
  await scanner.scan(citizenCard);
  await expect(name).toHaveValue('Trần Thị Mai');
  await expect(form.getByRole('note')).toContainText('Đã đọc CCCD ********9876');

  // A scan the counter cannot read is said so, not lost without a word.
  await scanner.scan('hello from a loyalty card');
  await expect(page.getByRole('status').filter({ hasText: 'mã vừa quét' })).toHaveText(
    'Không nhận ra mã vừa quét: đây không phải CCCD, mã hồ sơ hay phiếu số thứ tự.',
  );

  // A card scanned with no form open does not outlive the officer's session either.
  await form.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
  await counter.receiptCode();
  await page.keyboard.press('Escape');
  await scanner.scan(citizenCard);
  await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Đăng xuất?' })
    .getByRole('button', { name: 'Vẫn đăng xuất' })
    .click();
  await counter.signIn({ username: 'can-bo-3', password: 'canbo-demo', counter: 'Quầy 3' });
  await counter.press('F8');
  await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
  await expect(name).toHaveValue('');
  await expect(form.getByRole('note')).toHaveCount(0);
  await counter.press('F4');
  scanner.close();
});

test('reception form errors follow the language switch', async ({ page }) => {
  const counter = await openCounterAs(page, server.url, 2, 'Quầy 2');
  await counter.press('F8');
  await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
  await page.getByRole('button', { name: 'English' }).click();
  const form = counter.dossierForm;
  await form.getByRole('button', { name: 'Receive and print the receipt' }).click();
  await expect(form.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
    'Enter the full name',
  );
  await expect(form.getByText('The dossier is not valid yet: see the marked fields')).toBeVisible();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(form.getByRole('textbox', { name: 'Họ và tên' })).toHaveAccessibleDescription(
    'Cần nhập họ và tên',
  );
  await expect(form.getByText('Hồ sơ chưa hợp lệ, xem các ô được đánh dấu')).toBeVisible();
});
