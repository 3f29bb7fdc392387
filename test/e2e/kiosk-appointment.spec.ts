import { expect, test, type APIRequestContext } from '@playwright/test';
import { screens, useKioskCentre } from '../support/kiosk-page';
import { scanWithWedge } from '../support/kiosk-wedge';

/**
 * Appointment check-in at the kiosk against the real queue server and the real agent printing
 * to a loopback printer: a malformed code explained before asking the server, a code within
 * its window giving a printed priority ticket once only, and a check-in too early refused.
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

/** Books an appointment as the demo supervisor through the real REST API; returns its code. */
const bookAppointment = async (request: APIRequestContext, slotStart: Date): Promise<string> => {
  const signIn = await request.post(`${kiosk.server.url}/api/v1/sessions`, {
    data: { username: 'giam-sat', password: 'giamsat-demo' },
  });
  expect(signIn.status()).toBe(201);
  const { data: session } = (await signIn.json()) as { data: { token: string } };
  const booked = await request.post(`${kiosk.server.url}/api/v1/appointments`, {
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
  await expect(page.getByRole('alert')).toContainText('đã được lấy số');
});

test('appointment check-in too early says when to come', async ({ page, request }) => {
  const code = await bookAppointment(request, new Date(Date.now() + 3 * 3_600_000));
  await kiosk.open(page);
  await scanWithWedge(page, code);
  await expect(page.getByRole('alert')).toContainText('chỉ lấy số được từ');
  await expect(page.getByRole('region', { name: 'Số thứ tự của bạn' })).toHaveCount(0);
});
