import { expect, test } from '@playwright/test';
import type {
  Appointment,
  CatalogueView,
  Dossier,
  DossierLookup,
  IssuedTicket,
  ParkedRecord,
} from '@openops/protocol';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import {
  api,
  buildingPermit,
  eventually,
  marriageDossier,
  mustOk,
  receiveDossier,
  startSyncCentre,
  syncStatus,
  type SyncCentre,
} from '../support/sync-centre';
import { centreDay, centreTime, dayMonthYear } from '../support/centre-clock';
import { api as authorised, demoAccounts, signIn } from '../support/server-auth';

const started: Array<{ stop: () => Promise<void> }> = [];
test.afterEach(async () => {
  for (const process of started.splice(0).reverse()) await process.stop();
});

const backendProcess = async (name: string): Promise<ReferenceBackendProcess> => {
  const backend = await startReferenceBackend({ name });
  started.push(backend);
  return backend;
};
const centreProcess = async (sync: Record<string, unknown>): Promise<SyncCentre> => {
  const centre = await startSyncCentre({ sync });
  started.push(centre);
  return centre;
};

test('kiosk lookup and catalogue come from the backend, then from the local copy with their age', async () => {
  const backend = await backendProcess('backend-pull');
  const centre = await centreProcess({ backends: [{ id: 'tinh', url: backend.url }] });
  const dossier = await receiveDossier(centre, 'Hoàng Thị Thu Hằng');
  await eventually(
    () => backend.stats(),
    (stats) => stats.stored.dossier === 1,
    {
      what: 'dossier pushed',
    },
  );

  const lookup = async (code: string) =>
    api<DossierLookup>(centre, 'GET', `/dossiers/${code}/lookup`);
  expect(mustOk(await lookup(dossier.code))).toMatchObject({
    status: 2,
    statusName: 'Đã tiếp nhận',
    statusNameEn: 'Received',
    returnDate: dossier.returnDate,
    source: 'backend',
    ageSeconds: 0,
  });

  // The department processed it at the province: the kiosk sees it from the backend.
  await backend.setDossierStatus(dossier.code, 9);
  const fresh = mustOk(await lookup(dossier.code));
  expect(fresh).toMatchObject({ status: 9, statusName: 'Đã xử lý xong', source: 'backend' });

  // Link down: the same answer from the local copy, saying how old it is.
  await backend.setFaults({ mode: 'fail' });
  const cached = mustOk(await lookup(dossier.code));
  expect(cached).toMatchObject({ status: 9, source: 'local-copy', refreshedAt: fresh.refreshedAt });
  expect(cached.ageSeconds).toBeGreaterThanOrEqual(0);
  // The centre's copy took the department's result, so the counter can return it.
  expect(mustOk(await api<Dossier>(centre, 'GET', `/dossiers/${dossier.code}`))).toMatchObject({
    status: 9,
  });
  // A change made here that has not reached the backend yet is newer than any pulled status.
  mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/returned`));
  expect(mustOk(await lookup(dossier.code))).toMatchObject({
    status: 10,
    statusName: 'Đã trả kết quả',
    source: 'local-copy',
  });
  expect(await lookup('000.00.06.H56-261126-9999')).toMatchObject({
    ok: false,
    error: { code: 'not-found' },
  });

  const catalogue = await eventually(
    async () => mustOk(await api<CatalogueView>(centre, 'GET', '/sync/catalogue')),
    (view) => view.refreshedAt !== null,
    { what: 'catalogue pulled' },
  );
  expect(catalogue.procedures.map((procedure) => procedure.TenTTHC)).toContain('Đăng ký khai sinh');
  expect(catalogue.ageSeconds).toBeGreaterThanOrEqual(0);

  // Without an SMS gateway, opting in is refused with a coded error.
  const ticket = mustOk(
    await api<IssuedTicket>(centre, 'POST', '/tickets', { serviceId: 'ho-tich' }),
  );
  expect(
    await api(centre, 'POST', `/tickets/${ticket.ticket.id}/notify`, { phone: '0912345678' }),
  ).toMatchObject({ ok: false, error: { code: 'notifications-disabled' } });
});

test('texts a citizen once when near the front and once when the dossier is ready', async () => {
  const backend = await backendProcess('backend-sms');
  const centre = await centreProcess({
    backends: [{ id: 'tinh', url: backend.url }],
    sms: { url: `${backend.url}/sms/messages`, placesBefore: 1 },
  });
  const texts = async (to: string) =>
    (await backend.records('sms')).filter((record) => record.body.to === to);

  const tickets: IssuedTicket[] = [];
  for (let index = 0; index < 3; index += 1) {
    tickets.push(
      mustOk(await api<IssuedTicket>(centre, 'POST', '/tickets', { serviceId: 'chung-thuc' })),
    );
  }
  const watched = tickets[2]?.ticket;
  if (!watched) throw new Error('no ticket');
  expect(
    mustOk(await api(centre, 'POST', `/tickets/${watched.id}/notify`, { phone: '0987654321' })),
  ).toEqual({ ticketId: watched.id, placesBefore: 1 });

  mustOk(await api(centre, 'POST', '/counters/quay-3/call-next', {}));
  const [near] = await eventually(
    () => texts('0987654321'),
    (list) => list.length === 1,
    {
      what: 'near-the-front text',
    },
  );
  expect(near?.body.text).toContain(`Số ${watched.number} của Quý khách còn 1 lượt nữa`);
  mustOk(await api(centre, 'POST', '/counters/quay-3/call-next', {}));

  const dossier = mustOk(
    await api<Dossier>(
      centre,
      'POST',
      '/dossiers',
      marriageDossier('Vũ Minh Khôi', {
        applicant: { name: 'Vũ Minh Khôi', phone: '0901234567' },
        notifyBySms: true,
      }),
    ),
  );
  mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/processed`));
  mustOk(await api(centre, 'POST', `/dossiers/${dossier.code}/returned`));
  // The backend also reports it processed: the pull must not text a second time.
  await eventually(
    () => backend.stats(),
    (stats) => stats.stored['dossier-status'] === 2,
    {
      what: 'status changes pushed',
    },
  );
  mustOk(await api(centre, 'GET', `/dossiers/${dossier.code}/lookup`));
  await eventually(
    () => syncStatus(centre),
    (status) => status.pending === 0,
    { what: 'outbox drained' },
  );

  const ready = await texts('0901234567');
  expect(ready.map((record) => record.body.text)).toEqual([
    expect.stringContaining(`Hồ sơ ${dossier.code} (Đăng ký kết hôn) đã có kết quả`),
  ]);
  expect(await texts('0987654321')).toHaveLength(1);
  expect((await backend.stats()).sms).toEqual({ sent: 2, duplicates: 0 });
});

test('texts a citizen whose booking the centre cancels, once', async () => {
  const backend = await backendProcess('backend-sms-cancel');
  const centre = await centreProcess({
    backends: [{ id: 'tinh', url: backend.url }],
    sms: { url: `${backend.url}/sms/messages`, placesBefore: 1 },
  });
  const slot = new Date(Date.now() + 2 * 24 * 3_600_000);
  // The booking portal's account: booking and cancelling are a supervisor's.
  const { token } = await signIn(centre.url, demoAccounts.supervisor);
  const booked = await authorised<Appointment>(centre.url, 'POST', '/appointments', {
    token,
    body: {
      serviceId: 'ho-tich',
      slotStart: slot.toISOString(),
      citizenName: 'Đỗ Thị Lan',
      phone: '0934567890',
    },
  });
  if (!booked.body.ok) throw new Error(booked.body.error.message);
  const appointment = booked.body.data;
  const cancel = () =>
    authorised(centre.url, 'POST', `/appointments/${appointment.id}/cancel`, { token });
  expect((await cancel()).status).toBe(200);
  expect((await cancel()).status).toBe(409);

  const [text] = await eventually(
    async () => (await backend.records('sms')).filter((record) => record.body.to === '0934567890'),
    (list) => list.length === 1,
    { what: 'cancellation text' },
  );
  expect(text?.body.text).toBe(
    `Trung tâm Phục vụ hành chính công phường Bến Nghé: Lịch hẹn ${appointment.code} lúc ${centreTime(slot)} ngày ${dayMonthYear(centreDay(slot))} của Quý khách đã bị hủy. Vui lòng đặt lịch khác hoặc liên hệ trung tâm.`,
  );
  await eventually(
    () => syncStatus(centre),
    (status) => status.pending === 0,
    { what: 'outbox drained' },
  );
  expect((await backend.stats()).sms).toEqual({ sent: 1, duplicates: 0 });
});

test('distributed model: fields route to their backend, statistics to monitoring, and a poison record is parked without blocking the rest', async () => {
  const hub = await backendProcess('backend-hub');
  const land = await backendProcess('backend-land');
  const centre = await centreProcess({
    backends: [
      { id: 'tinh', url: hub.url },
      { id: 'dat-dai', url: land.url, fields: ['dat-dai'] },
    ],
    monitoring: { backendId: 'tinh', intervalSeconds: 1 },
  });
  const civil = await receiveDossier(centre, 'Trịnh Công Sơn');
  const permit = mustOk(await api<Dossier>(centre, 'POST', '/dossiers', buildingPermit));
  expect(permit.returnDate > civil.returnDate).toBe(true);

  await eventually(
    () => hub.stats(),
    (stats) => (stats.stored['queue-stats'] ?? 0) >= 1,
    {
      what: 'queue statistics at monitoring',
    },
  );
  await eventually(
    () => land.stats(),
    (stats) => stats.stored.dossier === 1,
    {
      what: 'permit at the land backend',
    },
  );
  expect((await hub.records('dossier')).map((record) => record.body.MaHoSo)).toEqual([civil.code]);
  expect((await land.records('dossier')).map((record) => record.body.MaHoSo)).toEqual([
    permit.code,
  ]);
  expect((await land.stats()).stored['queue-stats']).toBeUndefined();

  // A centre configured with the land backend only: civil-status records have nowhere to go.
  const landOnly = await centreProcess({
    backends: [{ id: 'dat-dai', url: land.url, fields: ['dat-dai'] }],
  });
  const stranded = await receiveDossier(landOnly, 'Ngô Bảo Châu');
  const delivered = mustOk(await api<Dossier>(landOnly, 'POST', '/dossiers', buildingPermit));
  const status = await eventually(
    () => syncStatus(landOnly),
    (value) => value.parked === 1 && value.pending === 0,
    { what: 'poison record parked, the rest delivered' },
  );
  expect(status.parked).toBe(1);
  const parked = mustOk(await api<ParkedRecord[]>(landOnly, 'GET', '/sync/parked'));
  expect(parked).toMatchObject([
    { kind: 'dossier', orderKey: stranded.code, reason: expect.stringContaining('ho-tich') },
  ]);
  expect((await land.records('dossier')).map((record) => record.body.MaHoSo)).toContain(
    delivered.code,
  );
  // Retrying is a supervisor's decision: a counter may not.
  expect(await api(landOnly, 'POST', `/sync/parked/${parked[0]?.id}/retry`)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
});
