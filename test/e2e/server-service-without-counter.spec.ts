import { expect, test } from '@playwright/test';
import { useKioskCentre } from '../support/kiosk-page';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * A service added to the configuration before any counter serves it: the kiosk does not offer
 * it, the server refuses its numbers (nobody could call them), and the supervisor's floor says
 * so until a counter serves it.
 */
const kiosk = useKioskCentre();

type Service = { id: string; name: string; nameEn: string; fieldId?: string; prefix: string };
type Counter = { id: string; serviceIds: string[] };
type Alert = { id: string; kind: string; severity: string; message: string };

test('a service no counter serves is not offered, refused, and alerted until a counter serves it', async ({
  page,
}) => {
  const { url } = kiosk.server;
  const supervisor = (await signIn(url, demoAccounts.supervisor)).token;
  const config = await api<{ services: Service[]; counters: Counter[] }>(url, 'GET', '/config', {
    token: supervisor,
  });
  if (!config.body.ok) throw new Error(config.body.error.message);
  const { services, counters } = config.body.data;
  const [model] = services;
  if (!model) throw new Error('the demo centre has services');
  const added = await api(url, 'PUT', '/config/services', {
    token: supervisor,
    body: [
      ...services,
      { ...model, id: 'tu-phap-khac', name: 'Tư pháp khác', nameEn: 'Other justice', prefix: 'T' },
    ],
  });
  expect(added.status).toBe(200);

  await kiosk.open(page);
  await expect(page.getByRole('button', { name: new RegExp(model.name) }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Tư pháp khác/ })).toHaveCount(0);
  const refused = await api(url, 'POST', '/tickets', { body: { serviceId: 'tu-phap-khac' } });
  expect(refused.body).toMatchObject({
    ok: false,
    error: { code: 'service-closed', message: expect.stringContaining('chưa có quầy phục vụ') },
  });
  const alertsNow = async (): Promise<Alert[]> => {
    const floor = await api<{ alerts: Alert[] }>(url, 'GET', '/floor', { token: supervisor });
    if (!floor.body.ok) throw new Error(floor.body.error.message);
    return floor.body.data.alerts.filter((alert) => alert.kind === 'service-without-counter');
  };
  expect(await alertsNow()).toEqual([
    expect.objectContaining({
      id: 'service-without-counter:tu-phap-khac',
      severity: 'warning',
      message: expect.stringContaining('Tư pháp khác: chưa có quầy nào phục vụ'),
    }),
  ]);

  // Quầy 4 takes it on: offered, issued, and the alert is gone.
  const served = await api(url, 'PUT', '/config/counters', {
    token: supervisor,
    body: counters.map((counter) =>
      counter.id === 'quay-4'
        ? { ...counter, serviceIds: [...counter.serviceIds, 'tu-phap-khac'] }
        : counter,
    ),
  });
  expect(served.status).toBe(200);
  await expect(page.getByRole('button', { name: /Tư pháp khác/ })).toBeVisible();
  const issued = await api(url, 'POST', '/tickets', { body: { serviceId: 'tu-phap-khac' } });
  expect(issued.body).toMatchObject({ ok: true, data: { ticket: { number: 'T001' } } });
  expect(await alertsNow()).toEqual([]);
});
