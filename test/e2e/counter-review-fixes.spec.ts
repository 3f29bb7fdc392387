import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ticketTrackingUrl } from '@openops/protocol';
import { issueTicket, openCounterAs } from '../support/counter-session';
import { counterPage } from '../support/counter-page';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { scannerOf } from '../support/agent-scanner';
import { openSupervisor } from '../support/supervisor-page';

/**
 * Defects found in review of the counter app: a citizen-ID scan that filled every later form, a
 * working screen with no way out when opening the counter or the session is refused, refusals
 * on a paused counter that did not say how to resume, and a rating tablet that took a double tap
 * as two ratings.
 */

/** A chip CCCD's QR: ID, old ID, name, birth date, sex, address, issue date. */
const citizenCard =
  '079190001234|025123456|Nguyễn Thị Hoa|15061990|Nữ|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|01072021';
const otherCard =
  '001085012345|012345678|Phạm Văn Đức|02031985|Nam|45 Hàng Bài, Phường Hoàn Kiếm, Hà Nội|15082022';

/** Demo officers 3 and 4 (README, "Configuration"), beside the ones `demoAccounts` names. */
const officer3 = { username: 'can-bo-3', password: 'canbo-demo' };
const officer4 = { username: 'can-bo-4', password: 'canbo-demo' };

test.describe('on an open demo server', () => {
  let server: QueueServerProcess;

  test.beforeAll(async () => {
    server = await startQueueServer({ logName: 'counter-review-fixes-demo' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('a scanned citizen ID fills one reception form, never the next one opened', async ({
    page,
  }) => {
    const counter = await openCounterAs(page, server.url, 1, 'Quầy 1');
    const scanner = await scannerOf(server.url, 'counter-pc-1');
    const form = counter.dossierForm;
    const name = form.getByRole('textbox', { name: 'Họ và tên' });
    const cardNotice = form.getByRole('note');

    await counter.press('F8');
    await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
    await scanner.scan(citizenCard);
    await expect(name).toHaveValue('Nguyễn Thị Hoa');
    await expect(cardNotice).toContainText('Đã đọc CCCD ********1234');

    // The officer corrects the name, turns to the follow-up panel and back: the form comes back
    // as typed, not filled from the card again.
    await name.fill('Nguyễn Thị Hòa');
    await counter.press('F9');
    await expect(form).toHaveCount(0);
    await counter.press('F8');
    await expect(form.getByText('Đã khôi phục hồ sơ đang nhập dở')).toBeVisible();
    await expect(name).toHaveValue('Nguyễn Thị Hòa');

    // Received: the next citizen's form, opened after Escape, is empty, with no card notice.
    await form.getByRole('button', { name: 'Tiếp nhận và in biên nhận' }).click();
    await counter.receiptCode();
    await page.keyboard.press('Escape');
    await expect(form).toHaveCount(0);
    await counter.press('F8');
    await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
    await expect(name).toHaveValue('');
    await expect(cardNotice).toHaveCount(0);

    // A new scan fills it, as the first did.
    await scanner.scan(otherCard);
    await expect(name).toHaveValue('Phạm Văn Đức');
    await expect(cardNotice).toContainText('Đã đọc CCCD ********2345');

    // The officer closes the counter; the next one signs in on the same PC, page not reloaded:
    // their first form starts empty, the last card being the previous officer's citizen's.
    await page.getByRole('button', { name: 'Đóng quầy' }).click();
    await expect(page.getByRole('heading', { name: 'Chọn quầy làm việc' })).toBeVisible();
    await counter.signIn({ username: 'can-bo-1', password: 'canbo-demo', counter: 'Quầy 1' });
    await counter.press('F8');
    await counter.chooseProcedure('dang ky khai sinh', /^Đăng ký khai sinh/);
    await expect(name).toHaveValue('');
    await expect(cardNotice).toHaveCount(0);
    scanner.close();
  });

  test('a paused counter asked to call, by key or by a scanned ticket, says to press "Tiếp tục" (F10)', async ({
    page,
    request,
  }) => {
    const ticket = await issueTicket(request, server.url, 'chung-thuc');
    const counter = await openCounterAs(page, server.url, 2, 'Quầy 2');
    const scanner = await scannerOf(server.url, 'counter-pc-2');
    await expect(counter.waitingRow(ticket.number)).toBeVisible();

    await counter.press('F10');
    await page
      .getByRole('dialog', { name: 'Tạm dừng quầy' })
      .getByRole('button', { name: 'Họp' })
      .click();
    await expect(page.getByRole('button', { name: /^Tiếp tục/ })).toHaveAttribute(
      'aria-keyshortcuts',
      'F10',
    );

    await counter.press('F1');
    await expect(counter.alert).toHaveText(
      'Quầy 2 đang tạm dừng: Họp. Nhấn "Tiếp tục" (F10) để mở lại quầy rồi gọi số.',
    );
    await scanner.scan(ticketTrackingUrl(server.url, ticket.id));
    await expect(counter.alert).toHaveText(
      'Quầy đang tạm dừng: nhấn "Tiếp tục" (F10) để mở lại quầy, rồi quét lại phiếu để gọi số đó.',
    );

    // As said: F10, then the scan calls the ticket.
    await counter.press('F10');
    await expect(page.getByRole('button', { name: /^Tạm dừng/ })).toBeVisible();
    await scanner.scan(ticketTrackingUrl(server.url, ticket.id));
    await expect(counter.current).toHaveText(ticket.number);
    scanner.close();
  });

  test('the rating tablet takes one tap per citizen: its buttons wait for the answer', async ({
    browser,
    request,
  }) => {
    const ticket = await issueTicket(request, server.url, 'dat-dai');
    const tablet = await browser.newPage();
    // The tablet's link, slowed on demand so a second tap comes before the first one's answer;
    // every rating it sends is counted.
    let slow = false;
    const submits: string[] = [];
    await tablet.routeWebSocket(/\/socket\.io\//, (socket) => {
      const upstream = socket.connectToServer();
      socket.onMessage((message) => {
        if (typeof message === 'string' && message.includes('"rating:submit"')) {
          submits.push(message);
        }
        upstream.send(message);
      });
      upstream.onMessage((message) => {
        if (slow) setTimeout(() => socket.send(message), 1_500);
        else socket.send(message);
      });
    });
    await tablet.goto(`${server.url}/counter/?view=rating&counter=quay-3`);
    await expect(tablet.getByText('Xin chào quý khách')).toBeVisible();

    const page = await browser.newPage();
    const counter = await openCounterAs(page, server.url, 3, 'Quầy 3');
    await counter.press('F1');
    await expect(counter.current).toHaveText(ticket.number);
    await counter.press('F3');
    await counter.press('F4');
    await expect(counter.rating).toContainText('Mời công dân đánh giá trên máy tính bảng');

    const region = tablet.getByRole('region', {
      name: `Đánh giá lượt phục vụ số ${ticket.number}`,
    });
    const satisfied = region.getByRole('button', { name: 'Hài lòng', exact: true });
    await expect(satisfied).toBeEnabled();
    slow = true;
    await satisfied.dblclick();
    for (const button of await region.getByRole('button').all()) {
      await expect(button).toBeDisabled();
    }
    await expect(tablet.getByText('Cảm ơn quý khách đã đánh giá!')).toBeVisible();
    await expect(counter.rating).toContainText('Đã nhận đánh giá');
    expect(submits).toHaveLength(1);
    await expect(tablet.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('on a secure server', () => {
  let server: QueueServerProcess;

  test.beforeAll(async () => {
    server = await startQueueServer({ secure: true, logName: 'counter-review-fixes-secure' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  const chooseCounter = async (
    page: Page,
    account: { username: string; password: string },
    counterName: string,
  ): Promise<void> => {
    await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(account.username);
    await page.getByLabel('Mật khẩu').fill(account.password);
    await page.getByRole('button', { name: counterName, exact: true }).click();
  };

  const counterState = async (counterId: string) => {
    const supervisor = await signIn(server.url, demoAccounts.supervisor);
    const reply = await api<{ state: string; heldBy: string | null }>(
      server.url,
      'GET',
      `/counters/${counterId}`,
      { token: supervisor.token },
    );
    if (!reply.body.ok) throw new Error(reply.body.error.message);
    return reply.body.data;
  };

  test('a refused opening goes back to choosing a counter, with the reason, forgotten on reload', async ({
    page,
  }) => {
    const chooseHeading = page.getByRole('heading', { name: 'Chọn quầy làm việc' });
    // Lê Thị Bình (can-bo-2) holds Quầy 1.
    const other = await signIn(server.url, demoAccounts.officer2);
    expect(
      (await api(server.url, 'POST', '/counters/quay-1/open', { token: other.token })).status,
    ).toBe(200);

    await page.goto(`${server.url}/counter/?device=counter-pc-1`);
    await chooseCounter(page, demoAccounts.officer1, 'Quầy 1');
    await expect(page.getByRole('alert')).toHaveText(
      'Không mở được Quầy 1 (could not open the counter): Quầy 1 đang do Lê Thị Bình phụ trách (counter held by another officer)',
    );
    await expect(chooseHeading).toBeVisible();
    await page.reload();
    await expect(chooseHeading).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Quầy 1' })).toHaveCount(0);

    // Nguyễn Văn An (can-bo-1) still holds Quầy 2 from another screen: Quầy 3 is refused...
    const mine = await signIn(server.url, demoAccounts.officer1);
    expect(
      (await api(server.url, 'POST', '/counters/quay-2/open', { token: mine.token })).status,
    ).toBe(200);
    await chooseCounter(page, demoAccounts.officer1, 'Quầy 3');
    await expect(page.getByRole('alert')).toHaveText(
      'Không mở được Quầy 3 (could not open the counter): Bạn đang phụ trách quầy "quay-2"; hãy đóng quầy đó trước (close your other counter first)',
    );
    await expect(chooseHeading).toBeVisible();
    expect(await counterState('quay-3')).toMatchObject({ state: 'closed', heldBy: null });

    // ...and Quầy 2 is his to work and close, as the message says.
    await counterPage(page).signIn({ ...demoAccounts.officer1, counter: 'Quầy 2' });
    await page.getByRole('button', { name: 'Đóng quầy', exact: true }).click();
    await expect(chooseHeading).toBeVisible();
    expect(await counterState('quay-2')).toMatchObject({ state: 'closed', heldBy: null });
  });

  test('"Đăng xuất" leaves the working screen when the server refuses to close the counter', async ({
    page,
  }) => {
    const chooseHeading = page.getByRole('heading', { name: 'Chọn quầy làm việc' });
    const signOutButton = page.getByRole('button', { name: 'Đăng xuất', exact: true });
    await page.goto(`${server.url}/counter/?device=counter-pc-3`);
    const counter = counterPage(page);
    await counter.signIn({ ...officer3, counter: 'Quầy 3' });
    // Open under this officer's name once the counter's view has come.
    await expect(page.getByText('Đang mở', { exact: true })).toBeVisible();

    // Held by this officer: signing out asks first, since it leaves the counter open.
    await signOutButton.click();
    const question = page.getByRole('alertdialog', { name: 'Đăng xuất?' });
    await expect(question).toContainText('Quầy 3 vẫn mở dưới tên bạn');
    await expect(question).toContainText('hoặc giám sát viên giải phóng quầy');
    await question.getByRole('button', { name: 'Huỷ' }).click();
    await expect(question).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Quầy 3' })).toBeVisible();

    // A supervisor closes Quầy 3 from the floor: the officer's "Đóng quầy" is refused.
    const supervisor = await signIn(server.url, demoAccounts.supervisor);
    expect(
      (await api(server.url, 'POST', '/counters/quay-3/close', { token: supervisor.token })).status,
    ).toBe(200);
    await expect(page.getByText('Đã đóng', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Đóng quầy', exact: true }).click();
    await expect(counter.alert).toContainText('Quầy 3 đang đóng');

    // "Đăng xuất" still leaves, at once, and for good.
    await signOutButton.click();
    await expect(chooseHeading).toBeVisible();
    await page.reload();
    await expect(chooseHeading).toBeVisible();
  });

  test('a session the server refuses on reconnecting returns to sign-in, saying it has ended', async ({
    page,
  }) => {
    const chooseHeading = page.getByRole('heading', { name: 'Chọn quầy làm việc' });
    // The server's own words for a session signed out elsewhere.
    const ended =
      'Phiên làm việc đã kết thúc (đã đăng xuất), vui lòng đăng nhập lại (the session ended at sign-out: sign in again)';
    // The link, cut on demand as in counter-keys.spec.ts.
    const sockets = new Set<WebSocketRoute>();
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      sockets.add(socket);
      socket.connectToServer();
    });
    /** Signs in at Quầy 4 and returns the session's token, as the sign-in answer carried it. */
    const signInAtQuay4 = async (): Promise<string> => {
      const answer = page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/v1/sessions') && response.request().method() === 'POST',
      );
      await counterPage(page).signIn({ ...officer4, counter: 'Quầy 4' });
      return ((await (await answer).json()) as { data: { token: string } }).data.token;
    };

    await page.goto(`${server.url}/counter/?device=counter-pc-4`);
    const token = await signInAtQuay4();
    // The link drops, and meanwhile the session ends elsewhere (signed out, expired, account
    // disabled): the screen's next attempt is refused. In that order: a session ended first has
    // its socket let go by the server at once, and cutting the screen's new attempt in the
    // middle of its handshake would leave socket.io waiting out its 20 s open timeout.
    await Promise.all([...sockets].map((socket) => socket.close()));
    expect((await api(server.url, 'DELETE', '/sessions/current', { token })).status).toBe(200);
    await expect(page.getByRole('alert')).toHaveText(ended);
    await expect(chooseHeading).toBeVisible();
    await page.reload();
    await expect(chooseHeading).toBeVisible();

    // Ended while the screen was closed: refused on its first connection after a reload.
    const second = await signInAtQuay4();
    expect((await api(server.url, 'DELETE', '/sessions/current', { token: second })).status).toBe(
      200,
    );
    await page.reload();
    await expect(page.getByRole('alert')).toHaveText(ended);
    await expect(chooseHeading).toBeVisible();
  });

  test('opening hours are typed and shown with Vietnamese day names, and read back by name before saving', async ({
    page,
  }) => {
    await openSupervisor(page, server.url);
    await page.getByRole('button', { name: 'Cấu hình' }).click();
    await page.getByLabel('Phần cấu hình').selectOption('services');
    const hours = page.getByRole('textbox', { name: 'Giờ mở cửa — dat-dai' });
    // A director meaning thứ Hai–thứ Sáu types 2-6: the cell says what that will be saved as.
    await hours.fill('2-6 07:30-11:30');
    await expect(hours).toHaveAccessibleDescription('thứ Ba–thứ Bảy 07:30–11:30');
    await hours.fill('T2-T6 07:30-11:30; T7 08:00-11:00');
    await expect(hours).toHaveAccessibleDescription(
      'thứ Hai–thứ Sáu 07:30–11:30; thứ Bảy 08:00–11:00',
    );
    await page.getByRole('button', { name: 'Lưu dịch vụ và giờ mở cửa' }).click();
    await expect(page.getByRole('status')).toContainText('Đã lưu: Dịch vụ và giờ mở cửa');
    const saved = (
      JSON.parse(readFileSync(path.join(server.dataDir, 'centre.json'), 'utf8')) as {
        services: Array<{ id: string; openingHours?: unknown }>;
      }
    ).services.find((service) => service.id === 'dat-dai');
    expect(saved?.openingHours).toEqual([
      { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
      { weekdays: [6], from: '08:00', to: '11:00' },
    ]);
    await page.reload();
    await page.getByRole('button', { name: 'Cấu hình' }).click();
    await page.getByLabel('Phần cấu hình').selectOption('services');
    await expect(hours).toHaveValue('T2-T6 07:30-11:30; T7 08:00-11:00');
  });
});
