import { expect, test } from '@playwright/test';
import type { Socket } from 'socket.io-client';
import type {
  Call,
  Dossier,
  DossierLookup,
  IssuedTicket,
  RatingRequestView,
} from '@openops/protocol';
import {
  startReferenceBackend,
  type ReferenceBackendProcess,
} from '../support/reference-backend-process';
import { ask, connectAs } from '../support/server-sockets';
import {
  api,
  eventually,
  marriageDossier,
  mustOk,
  startSyncCentre,
  type SyncCentre,
} from '../support/sync-centre';

let backend: ReferenceBackendProcess;
let centre: SyncCentre;
const sockets: Socket[] = [];

test.afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.close());
  await centre?.stop();
  await backend?.stop();
});

test('the counter receives a dossier over its socket, the citizen rates, and both reach OpenOPS', async () => {
  backend = await startReferenceBackend();
  centre = await startSyncCentre({ sync: { backends: [{ id: 'tinh', url: backend.url }] } });
  const counter = await connectAs(centre.url, '/counter', { deviceId: 'counter-pc-1' });
  const kiosk = await connectAs(centre.url, '/kiosk', { deviceId: 'kiosk-1' });
  sockets.push(counter, kiosk);

  const issued = mustOk(
    await api<IssuedTicket>(centre, 'POST', '/tickets', { serviceId: 'ho-tich' }),
  );
  const call = mustOk(await api<Call>(centre, 'POST', '/counters/quay-1/call-next', {}));
  expect(call.ticketId).toBe(issued.ticket.id);
  mustOk(await api(centre, 'POST', '/counters/quay-1/start', {}));

  // Bad input gets a coded error naming the paths, never a crash.
  const refused = await ask(counter, 'dossier:receive', { procedureId: 'dang-ky-ket-hon' });
  expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  const missing = await ask(counter, 'dossier:receive', {
    ...marriageDossier('Đặng Thuỳ Trâm'),
    documents: [],
  });
  expect(missing).toMatchObject({ ok: false, error: { code: 'missing-documents' } });

  const reception = {
    ...marriageDossier('Đặng Thuỳ Trâm'),
    ticketId: issued.ticket.id,
    requestId: '5d0c9a2e-7b1f-4e3a-8c6d-2f4b6a8c0e1d',
  };
  const received = await ask<Dossier>(counter, 'dossier:receive', reception);
  expect(received.ok).toBe(true);
  const dossier = received.data;
  if (!dossier) throw new Error('no dossier');
  expect(dossier).toMatchObject({ ticketId: issued.ticket.id, status: 2, counterId: 'quay-1' });
  // Sent again, as after a lost answer: the same dossier, and OpenOPS below still gets one.
  const resent = await ask<Dossier>(counter, 'dossier:receive', reception);
  expect(resent).toMatchObject({ ok: true, data: { code: dossier.code } });

  mustOk(await api(centre, 'POST', '/counters/quay-1/finish', {}));
  const request = await ask<RatingRequestView>(counter, 'rating:request', {
    counterId: 'quay-1',
    ticketId: issued.ticket.id,
    dossierCode: dossier.code,
  });
  const requestId = request.data?.requestId;
  if (!requestId) throw new Error(`no rating request: ${JSON.stringify(request)}`);
  mustOk(await api(centre, 'POST', '/ratings', { requestId, level: 'satisfied' }));

  const [rating] = await eventually(
    () => backend.records('rating'),
    (list) => list.length === 1,
    {
      what: 'rating at the backend',
    },
  );
  expect(rating?.body).toMatchObject({
    MaHoSo: dossier.code,
    SoPhieu: issued.ticket.number,
    MaQuay: 'quay-1',
    MaLinhVuc: 'ho-tich',
    MucDoHaiLong: 4,
    NguonDanhGia: 2,
  });
  await eventually(
    () => backend.stats(),
    (stats) => stats.stored.dossier === 1,
    {
      what: 'dossier at the backend',
    },
  );

  // The kiosk looks the code up over its socket; opting in to SMS is refused while it is off.
  const lookup = await ask<DossierLookup>(kiosk, 'dossier:lookup', { code: dossier.code });
  expect(lookup).toMatchObject({
    ok: true,
    data: { code: dossier.code, status: 2, statusName: 'Đã tiếp nhận', source: 'backend' },
  });
  expect(JSON.stringify(lookup)).not.toContain('Đặng Thuỳ Trâm');
  expect(
    await ask(kiosk, 'ticket:notify-opt-in', { ticketId: issued.ticket.id, phone: '0912345678' }),
  ).toMatchObject({ ok: false, error: { code: 'notifications-disabled' } });

  // Integrators find the dossier and sync routes, with their roles, in the OpenAPI document.
  const document = (await (await fetch(`${centre.url}/api/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { 'x-roles': string[] }>>;
  };
  expect(document.paths['/dossiers']?.post?.['x-roles']).toEqual([
    'counter',
    'supervisor',
    'admin',
  ]);
  expect(document.paths['/dossiers/{code}/lookup']?.get?.['x-roles']).toContain('kiosk');
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(['/sync/status', '/sync/parked', '/sync/parked/{id}/retry']),
  );
});
