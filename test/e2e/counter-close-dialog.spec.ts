import { expect, test, type WebSocketRoute } from '@playwright/test';
import { ticketTrackingUrl } from '@openops/protocol';
import { issueTicket, openCounterAs } from '../support/counter-session';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';
import { ask, connectAs } from '../support/server-sockets';

/**
 * The close dialog asks over the screen as it is: the panel open behind it (here a half-typed
 * dossier) stays as it was, no shortcut acts behind it, focus stays in it, and it can only be
 * confirmed online. It tells the truth about who will call the citizens left behind, as the
 * other counters open and close. A server of their own: counter-close.spec.ts leaves counters open,
 * paused and serving.
 */
test.describe('the close dialog', () => {
  let fresh: QueueServerProcess;

  test.beforeAll(async () => {
    fresh = await startQueueServer({ logName: 'counter-close-dialog-server' });
  });

  test.afterAll(async () => {
    await fresh?.stop();
  });

  const stateOf = async (ticketId: string): Promise<string> => {
    const reply = await api<{ ticket: { state: string } }>(
      fresh.url,
      'GET',
      `/tickets/${ticketId}`,
    );
    return reply.body.ok ? reply.body.data.ticket.state : reply.body.error.code;
  };

  test('is modal: cancelling keeps the form as typed, keys do nothing behind it, focus stays in it, offline it cannot confirm', async ({
    page,
    request,
  }) => {
    const waiting = await issueTicket(request, fresh.url, 'ho-tich');
    // A cut link on demand, as in counter-keys.spec.ts.
    let cut = false;
    const sockets = new Set<WebSocketRoute>();
    await page.routeWebSocket(/\/socket\.io\//, (socket) => {
      if (cut) {
        void socket.close();
        return;
      }
      sockets.add(socket);
      socket.connectToServer();
    });
    const counter = await openCounterAs(page, fresh.url, 1, 'Quầy 1');
    await expect(counter.waitingRow(waiting.number)).toBeVisible();

    // A dossier half typed when the officer thinks of closing.
    await counter.press('F8');
    await counter.chooseProcedure('ket hon', /^Đăng ký kết hôn/);
    const applicant = counter.dossierForm.getByRole('textbox', { name: 'Họ và tên' });
    await applicant.fill('Trần Thị Ngọc Ánh');

    const closeButton = page.getByRole('button', { name: 'Đóng quầy', exact: true });
    const dialog = page.getByRole('alertdialog', { name: 'Đóng Quầy 1?' });
    const confirm = dialog.getByRole('button', { name: 'Vẫn đóng quầy' });
    const cancel = dialog.getByRole('button', { name: 'Huỷ' });
    await closeButton.click();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(cancel).toBeFocused();

    // Behind it, F1 and Alt+1 call nobody and F9 opens no other panel.
    for (const key of ['F1', 'Alt+1', 'F9']) await page.keyboard.press(key);
    await page.waitForTimeout(500);
    expect(await stateOf(waiting.id)).toBe('waiting');
    await expect(counter.current).toHaveText('Chưa gọi số nào');
    await expect(counter.followUp).toHaveCount(0);
    await expect(dialog).toBeVisible();

    // The counter's scanner reads a citizen's card and a ticket meanwhile: neither fills the
    // form hidden behind the dialog nor calls anyone, and the dialog says the scans were not used.
    const scanner = await connectAs(fresh.url, '/agent', { deviceId: 'agent-counter-pc-1' });
    const scan = async (text: string): Promise<void> => {
      const reply = await ask(scanner, 'scan:read', {
        source: 'serial',
        text,
        at: new Date().toISOString(),
      });
      expect(reply.ok).toBe(true);
    };
    expect((await ask(scanner, 'agent:hello', { boundTo: 'counter-pc-1', devices: [] })).ok).toBe(
      true,
    );
    const citizenCard =
      '079190001234|025123456|Nguyễn Thị Hoa|15061990|Nữ|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|01072021';
    await scan(citizenCard);
    await expect(dialog.getByRole('alert')).toHaveText(
      'Đang hỏi có đóng quầy không: mã vừa quét chưa được dùng. Chọn "Huỷ" rồi quét lại.',
    );
    // The ticket scanned meanwhile is found still waiting at the end of the test.
    await scan(ticketTrackingUrl(fresh.url, waiting.id));

    // Tab and Shift+Tab go round its two buttons, never out to the page.
    await page.keyboard.press('Tab');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(cancel).toBeFocused();

    // Enter on "Huỷ": focus back on "Đóng quầy", and the form as it was, never closed (a form
    // opened again from its draft would say it was restored).
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(closeButton).toBeFocused();
    // What the dialog said of the scans no longer holds, and is not left on the page.
    await expect(page.getByText('Đang hỏi có đóng quầy không')).toHaveCount(0);
    await expect(applicant).toHaveValue('Trần Thị Ngọc Ánh');
    await expect(counter.dossierForm.getByText('Đã khôi phục hồ sơ đang nhập dở')).toHaveCount(0);

    // Escape answers the question alone: the form behind it stays open.
    await closeButton.click();
    await expect(cancel).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(applicant).toHaveValue('Trần Thị Ngọc Ánh');

    // Offline, "Đóng quầy" and "Vẫn đóng quầy" wait for the link, like every other action.
    await closeButton.click();
    cut = true;
    await Promise.all([...sockets].map((socket) => socket.close()));
    await expect(page.getByText('Mất kết nối máy chủ').first()).toBeVisible();
    await expect(confirm).toBeDisabled();
    cut = false;
    await expect(confirm).toBeEnabled({ timeout: 20_000 });
    await cancel.click();
    cut = true;
    await Promise.all([...sockets].map((socket) => socket.close()));
    await expect(closeButton).toBeDisabled();
    cut = false;
    await expect(closeButton).toBeEnabled({ timeout: 20_000 });
    // Seconds after the dialog first went, nothing scanned during it was used late: the form is
    // as typed, and the scanned ticket was not called.
    await expect(applicant).toHaveValue('Trần Thị Ngọc Ánh');
    expect(await stateOf(waiting.id)).toBe('waiting');

    // With the dialog gone, a card scanned fills the form.
    await scan(
      '001085012345|012345678|Phạm Văn Đức|02031985|Nam|45 Hàng Bài, Phường Hoàn Kiếm, Hà Nội|15082022',
    );
    await expect(applicant).toHaveValue('Phạm Văn Đức');
    scanner.close();
  });

  test('says when no other counter is open for a service, as the other counters open and close', async ({
    page,
    request,
  }) => {
    const certification = await issueTicket(request, fresh.url, 'chung-thuc');
    await issueTicket(request, fresh.url, 'dat-dai');
    await issueTicket(request, fresh.url, 'dat-dai');
    // Quầy 4 serves land too; nobody serves certification but quầy 3.
    const quay4 = (await signIn(fresh.url, { username: 'can-bo-4', password: 'canbo-demo' })).token;
    const at4 = (action: string) =>
      api(fresh.url, 'POST', `/counters/quay-4/${action}`, { token: quay4 });
    expect((await at4('open')).body.ok).toBe(true);
    const counter = await openCounterAs(page, fresh.url, 3, 'Quầy 3');
    await expect(counter.waitingRow(certification.number)).toBeVisible();

    const closeButton = page.getByRole('button', { name: 'Đóng quầy', exact: true });
    const dialog = page.getByRole('alertdialog', { name: 'Đóng Quầy 3?' });
    await closeButton.click();
    await expect(dialog).toContainText(
      '2 công dân đang chờ dịch vụ Đất đai – Xây dựng, còn quầy khác đang mở. Đóng quầy không làm họ mất lượt',
    );
    await expect(dialog).toContainText(
      'Không còn quầy nào khác đang mở cho dịch vụ Chứng thực: 1 công dân sẽ chờ đến khi có quầy mở.',
    );
    await page.screenshot({ path: 'test-results/screens/counter-close-last-counter.png' });

    // Quầy 4 closes while the dialog is open: it says at once that land has nobody else either.
    expect((await at4('close')).body.ok).toBe(true);
    await expect(dialog).toContainText(
      'Không còn quầy nào khác đang mở cho dịch vụ Đất đai – Xây dựng: 2 công dân sẽ chờ đến khi có quầy mở.',
    );
    await expect(dialog).not.toContainText('Đóng quầy không làm họ mất lượt');

    // Quầy 2 opens: certification has another counter again.
    const quay2 = (await signIn(fresh.url, demoAccounts.officer2)).token;
    expect((await api(fresh.url, 'POST', '/counters/quay-2/open', { token: quay2 })).body.ok).toBe(
      true,
    );
    await expect(dialog).toContainText(
      '1 công dân đang chờ dịch vụ Chứng thực, còn quầy khác đang mở. Đóng quầy không làm họ mất lượt',
    );
    await expect(dialog).not.toContainText('cho dịch vụ Chứng thực');

    // In English when the screen is.
    await dialog.getByRole('button', { name: 'Huỷ' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Close counter', exact: true }).click();
    const english = page.getByRole('alertdialog', { name: 'Close Quầy 3?' });
    await expect(english).toContainText(
      'No other counter is open for Land and construction: 2 citizens will wait until a counter opens.',
    );
    await expect(english).toContainText(
      '1 citizen is waiting for Certification, which other counters are open for.',
    );
  });
});
