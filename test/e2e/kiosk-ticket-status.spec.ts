import { expect, test, type Page } from '@playwright/test';
import { ticketTrackingUrl, type IssuedTicket, type Ticket } from '@openops/protocol';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * "Where is my number": a citizen scans the QR printed on their ticket at the kiosk (keyboard
 * wedge) and the kiosk reads the ticket from the real queue server. Expected figures come from
 * the server's own answer, never from the kiosk.
 */
const kiosk = useKioskCentre();

type TicketStatus = {
  ticket: Ticket;
  position: { peopleAhead: number; estimatedWaitMinutes: number | null } | null;
};

const issue = async (serviceId: string): Promise<Ticket> => {
  const issued = await api<IssuedTicket>(kiosk.server.url, 'POST', '/tickets', {
    body: { serviceId },
  });
  if (!issued.body.ok) throw new Error(`no ticket for ${serviceId}: ${issued.body.error.code}`);
  return issued.body.data.ticket;
};

const statusOf = async (ticketId: string): Promise<TicketStatus> => {
  const reply = await api<TicketStatus>(kiosk.server.url, 'GET', `/tickets/${ticketId}`);
  if (!reply.body.ok) throw new Error(`ticket ${ticketId}: ${reply.body.error.code}`);
  return reply.body.data;
};

const scanTicket = (page: Page, ticketId: string): Promise<void> =>
  scanWithWedge(page, ticketTrackingUrl(kiosk.server.url, ticketId));

const statusScreen = (page: Page, name = 'Tình trạng số thứ tự') =>
  page.getByRole('region', { name });

test('a waiting ticket shows its number, service, people ahead and wait as the server says', async ({
  page,
}) => {
  // Quầy 1 serves only civil status, so certification tickets stay waiting all this file.
  await issue('chung-thuc');
  const ticket = await issue('chung-thuc');
  const { position } = await statusOf(ticket.id);
  if (!position) throw new Error(`waiting ticket ${ticket.number} has no place in the queue`);
  const { peopleAhead, estimatedWaitMinutes } = position;
  expect(peopleAhead).toBeGreaterThan(0);

  await kiosk.open(page);
  await scanTicket(page, ticket.id);
  const status = statusScreen(page);
  await expect(status.getByText(ticket.number, { exact: true })).toBeVisible();
  await expect(status).toContainText('Chứng thực');
  await expect(status).toContainText(`Số người đang chờ trước bạn: ${peopleAhead}`);
  await expect(status).toContainText(
    estimatedWaitMinutes === null
      ? 'Chưa ước tính được thời gian chờ'
      : estimatedWaitMinutes === 0
        ? 'Bạn sắp được gọi, vui lòng chú ý màn hình'
        : `Thời gian chờ dự kiến: khoảng ${estimatedWaitMinutes} phút`,
  );
  await page.screenshot({ path: `${screens}/kiosk-ticket-status.png` });

  await status.getByRole('button', { name: 'Về trang chính' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

test('once an officer calls the ticket, scanning it again shows the counter, in English too', async ({
  page,
}) => {
  const ticket = await issue('ho-tich');
  await kiosk.open(page);
  await scanTicket(page, ticket.id);
  const status = statusScreen(page);
  await expect(status).toContainText('Số của bạn đang chờ đến lượt.');

  const officer = await signIn(kiosk.server.url, demoAccounts.officer1);
  const opened = await api(kiosk.server.url, 'POST', '/counters/quay-1/open', {
    token: officer.token,
  });
  expect(opened.body.ok).toBe(true);
  const called = await api<{ ticketId: string }>(
    kiosk.server.url,
    'POST',
    '/counters/quay-1/call-next',
    { token: officer.token },
  );
  expect(called.body.ok && called.body.data.ticketId).toBe(ticket.id);

  await scanTicket(page, ticket.id);
  await expect(status).toContainText('Số của bạn đã được gọi. Mời bạn đến Quầy 1.');
  await expect(status).not.toContainText('Số người đang chờ trước bạn');

  const started = await api(kiosk.server.url, 'POST', '/counters/quay-1/start', {
    token: officer.token,
  });
  expect(started.body.ok).toBe(true);
  await status.getByRole('button', { name: 'Xem lại' }).click();
  await expect(status).toContainText('Đang được phục vụ tại Quầy 1.');

  await page.getByRole('button', { name: 'English' }).click();
  const english = statusScreen(page, 'Your queue number');
  await expect(english).toContainText('Civil status');
  await expect(english).toContainText('Being served at counter 1.');
  await english.getByRole('button', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
});

test('an unknown ticket gets a polite answer, and the kiosk goes home by itself', async ({
  page,
}) => {
  await kiosk.open(page, '&idle=3');
  await scanTicket(page, '00000000-0000-4000-8000-000000000000');
  const status = statusScreen(page);
  await expect(status.getByRole('alert')).toHaveText(
    'Không tìm thấy số thứ tự này. Phiếu có thể của trung tâm khác. Vui lòng hỏi nhân viên hướng dẫn.',
  );
  await expect(status).not.toContainText('not-found');
  // Nobody touches the kiosk: the idle reset brings the home screen back.
  await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
  await expect(status).toHaveCount(0);
});
