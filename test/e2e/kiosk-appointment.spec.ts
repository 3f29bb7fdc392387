import { expect, test, type APIRequestContext } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';
import { centreDay, centreTime, dayMonthYear } from '../support/centre-clock';
import { startServerWithEditedCentre } from '../support/edited-centre';
import type { QueueServerProcess } from '../support/queue-server-process';

/**
 * Appointment check-in at the kiosk against the real queue server and the real agent printing
 * to a loopback printer: a malformed code explained before asking the server, a code within
 * its window giving a printed priority ticket once only, and check-ins too early, too late or
 * on another day each answered in the kiosk's own words, in the language on screen.
 */
const kiosk = useKioskCentre();

test('appointment check-in: a malformed code is explained before asking the server', async ({
  page,
}) => {
  await kiosk.open(page);
  await page.getByRole('button', { name: 'Tôi có lịch hẹn' }).click();
  await expect(page.getByRole('heading', { name: 'Xác nhận lịch hẹn' })).toBeVisible();
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of 'AB12') await keyboard.getByRole('button', { name: key, exact: true }).click();
  await page.screenshot({ path: `${screens}/kiosk-appointment.png` });
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Mã lịch hẹn gồm 8 chữ và số');
});

/**
 * Books an appointment as the demo supervisor through the real REST API, as the booking portal
 * does (under the portal's own reference when given); returns the server's code.
 */
const bookAppointment = async (
  request: APIRequestContext,
  slotStart: Date,
  serverUrl = kiosk.server.url,
  externalRef?: string,
): Promise<string> => {
  const signIn = await request.post(`${serverUrl}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  expect(signIn.status()).toBe(201);
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const booked = await request.post(`${serverUrl}/api/v1/appointments`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: {
      serviceId: 'ho-tich',
      slotStart: slotStart.toISOString(),
      citizenName: 'Phạm Văn Dũng',
      ...(externalRef ? { externalRef } : {}),
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
  await kiosk.open(page);
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
  await kiosk.printer.waitFor((bytes) => bytes.includes(number));
  await ticket.getByRole('button', { name: 'Xong' }).click();

  // The same code scanned again: refused, in words.
  await scanWithWedge(page, code);
  await expect(page.getByRole('heading', { name: 'Xác nhận lịch hẹn' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Mã lịch hẹn này đã được dùng để lấy số. Nếu bạn bị mất phiếu, vui lòng hỏi nhân viên hướng dẫn.',
  );
});

test('appointment check-in by the booking portal reference (LH-…) scanned from the citizen phone', async ({
  page,
  request,
}) => {
  // Unique per run: the server keeps a reference's bookings across the suite's tests.
  const reference = `LH-${Date.now().toString(36).toUpperCase().slice(-8)}`;
  await bookAppointment(request, new Date(Date.now() + 10 * 60_000), kiosk.server.url, reference);
  await kiosk.open(page);
  await scanWithWedge(page, reference.toLowerCase());
  const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
  await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
  await expect(ticket).toContainText('Ưu tiên: Đặt lịch hẹn trước');
  await ticket.getByRole('button', { name: 'Xong' }).click();
  // Typed on the kiosk's keyboard a second time: already used.
  await page.getByRole('button', { name: 'Tôi có lịch hẹn' }).click();
  const keyboard = page.getByRole('group', { name: 'Bàn phím' });
  for (const key of reference) {
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Mã lịch hẹn này đã được dùng để lấy số');
});

const minutesFromNow = (minutes: number): Date => new Date(Date.now() + minutes * 60_000);

test('appointment check-in too early says when to come back, and follows the language', async ({
  page,
  request,
}) => {
  // Its window opens 5 minutes from now: too early for a good while, and near enough that only
  // the last 35 minutes of the centre's day put the slot on the next day (another test's case).
  const slot = minutesFromNow(35);
  test.skip(centreDay(slot) !== centreDay(new Date()), 'the slot is on another local day');
  const code = await bookAppointment(request, slot);
  await kiosk.open(page);
  await scanWithWedge(page, code);
  const from = centreTime(new Date(slot.getTime() - 30 * 60_000));
  const to = centreTime(new Date(slot.getTime() + 15 * 60_000));
  await expect(page.getByRole('alert')).toHaveText(
    `Chưa đến giờ lấy số theo lịch hẹn. Vui lòng quay lại từ ${from} đến ${to} hôm nay.`,
  );
  await expect(page.getByRole('region', { name: 'Số thứ tự của bạn' })).toHaveCount(0);
  // The refusal made in Vietnamese reads in English once the citizen taps English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `It is too early to check in for your appointment. Please come back between ${from} and ${to} today.`,
  );
  await page.screenshot({ path: `${screens}/kiosk-appointment-early-en.png` });
});

test.describe('at a centre that allows no lateness', () => {
  // The server books no slot whose check-in window has closed, so "too late" needs a window
  // that closes while the test runs: here it closes at the slot itself.
  let server: QueueServerProcess;
  test.beforeAll(async () => {
    server = await startServerWithEditedCentre((config) => {
      config.appointments = { ...(config.appointments as object), checkInLateMinutes: 0 };
    }, 'queue-server-kiosk-late');
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('appointment check-in too late offers an ordinary number for the booked service', async ({
    page,
    request,
  }) => {
    // Far enough ahead that signing in and booking are done well before it, on a busy machine.
    const slot = new Date(Date.now() + 12_000);
    test.skip(centreDay(slot) !== centreDay(new Date()), 'the slot is on another local day');
    const code = await bookAppointment(request, slot, server.url);
    await page.setViewportSize({ width: 1280, height: 1024 });
    await page.goto(`${server.url}/kiosk/?device=kiosk-late`);
    await expect(page.getByRole('heading', { name: 'Chọn dịch vụ bạn cần' })).toBeVisible();
    // The window closes at the slot: the citizen arrives once the server's clock has passed it.
    await expect
      .poll(() => Date.now() > slot.getTime() + 500, { timeout: 30_000, intervals: [250] })
      .toBe(true);
    await scanWithWedge(page, code);
    await expect(page.getByRole('alert')).toHaveText(
      `Đã quá giờ hẹn: lịch hẹn chỉ lấy số được đến ${centreTime(slot)}. Vui lòng lấy số thường hoặc hỏi nhân viên hướng dẫn.`,
    );
    await page.screenshot({ path: `${screens}/kiosk-appointment-late.png` });
    await page.getByRole('button', { name: 'Lấy số thường: Hộ tịch' }).click();
    const ticket = page.getByRole('region', { name: 'Số thứ tự của bạn' });
    await expect(ticket.getByText(/^A\d{3}$/)).toBeVisible();
    // An ordinary number: no appointment priority.
    await expect(ticket).not.toContainText('Ưu tiên');
  });
});

test('appointment check-in on another day names that day as dd/MM/yyyy', async ({
  page,
  request,
}) => {
  const slot = minutesFromNow(2 * 24 * 60);
  const code = await bookAppointment(request, slot);
  await kiosk.open(page);
  await page.getByRole('button', { name: 'English' }).click();
  await scanWithWedge(page, code);
  const from = centreTime(new Date(slot.getTime() - 30 * 60_000));
  const to = centreTime(new Date(slot.getTime() + 15 * 60_000));
  await expect(page.getByRole('alert')).toHaveText(
    `Your appointment is on ${dayMonthYear(centreDay(slot))}. Please come back that day between ${from} and ${to}.`,
  );
  // A code the kiosk cannot read replaces that message rather than adding a second one.
  await scanWithWedge(page, 'HELLO-WORLD');
  await expect(page.getByRole('alert')).toHaveText(
    'That code was not recognised. Please scan the code on your receipt or your ID card.',
  );
});
