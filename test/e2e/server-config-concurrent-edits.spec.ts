import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { api, demoAccounts, signIn } from '../support/server-auth';

/**
 * Two supervisors editing the centre's configuration: a save made on a copy somebody else has
 * since changed is refused instead of silently undoing their change; and a service cannot take
 * a prefix another service issued numbers under today (the day's numbers never repeat).
 */
let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer({ logName: 'server-config-concurrent-edits' });
});
test.afterAll(async () => {
  await server?.stop();
});

type Service = { id: string; name: string; prefix: string };
type Officer = { id: string; name: string; roles: string[]; password?: string };
type EditableConfig = {
  services: Service[];
  officers: Officer[];
  revisions: Record<string, string>;
};

const configOf = async (token: string): Promise<EditableConfig> => {
  const reply = await api<EditableConfig>(server.url, 'GET', '/config', { token });
  if (!reply.body.ok) throw new Error(reply.body.error.message);
  return reply.body.data;
};

test("a save on a copy somebody else changed meanwhile is refused; the other's change stays", async () => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const admin = (await signIn(server.url, demoAccounts.admin)).token;
  // The supervisor opens the officers' table.
  const opened = await configOf(supervisor);
  expect(opened.revisions.officers).toMatch(/^[0-9a-f]{16}$/);

  // Meanwhile the admin adds an officer, from the copy he read.
  const adminCopy = await configOf(admin);
  const added = await api<EditableConfig>(server.url, 'PUT', '/config/officers', {
    token: admin,
    headers: { 'if-match': `"${adminCopy.revisions.officers ?? ''}"` },
    body: [
      ...adminCopy.officers,
      {
        id: 'can-bo-7',
        username: 'can-bo-7',
        name: 'Đỗ Thị Hằng',
        roles: ['counter'],
        password: 'hang-12345',
      },
    ],
  });
  expect(added).toMatchObject({ status: 200, body: { ok: true } });

  // The supervisor saves her stale table: refused, and can-bo-7 is still there.
  const edited = opened.officers.map((officer) =>
    officer.id === 'can-bo-4' ? { ...officer, name: 'Phạm Thị Dung (tổ một cửa)' } : officer,
  );
  const stale = await api(server.url, 'PUT', '/config/officers', {
    token: supervisor,
    headers: { 'if-match': opened.revisions.officers ?? '' },
    body: edited,
  });
  expect(stale.status).toBe(409);
  expect(stale.body).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('vừa được người khác thay đổi') },
  });
  const now = await configOf(supervisor);
  expect(now.officers.map((officer) => officer.id)).toContain('can-bo-7');
  expect(now.officers.find((officer) => officer.id === 'can-bo-4')?.name).not.toContain('tổ');

  // Reloaded, her edit goes through; a section she did not touch kept its revision.
  expect(now.revisions.services).toBe(opened.revisions.services);
  const fresh = await api<EditableConfig>(server.url, 'PUT', '/config/officers', {
    token: supervisor,
    headers: { 'if-match': now.revisions.officers ?? '' },
    body: now.officers.map((officer) =>
      officer.id === 'can-bo-4' ? { ...officer, name: 'Phạm Thị Dung (tổ một cửa)' } : officer,
    ),
  });
  expect(fresh).toMatchObject({ status: 200, body: { ok: true } });
  if (!fresh.body.ok) return;
  expect(fresh.body.data.revisions.officers).not.toBe(now.revisions.officers);
  expect(fresh.body.data.officers.map((officer) => officer.id)).toContain('can-bo-7');
});

test('a service cannot take a prefix another service issued numbers under today', async () => {
  const supervisor = (await signIn(server.url, demoAccounts.supervisor)).token;
  const issued = await api<{ ticket: { number: string } }>(server.url, 'POST', '/tickets', {
    body: { serviceId: 'ho-tich' },
  });
  expect(issued.body).toMatchObject({ ok: true, data: { ticket: { number: 'A001' } } });

  const opened = await configOf(supervisor);
  const swap = opened.services.map((service) =>
    service.id === 'ho-tich'
      ? { ...service, prefix: 'F' }
      : service.id === 'chung-thuc'
        ? { ...service, prefix: 'A' }
        : service,
  );
  const refused = await api(server.url, 'PUT', '/config/services', {
    token: supervisor,
    headers: { 'if-match': opened.revisions.services ?? '' },
    body: swap,
  });
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('Chứng thực (A)') },
  });
  // Nothing changed: Chứng thực still numbers under B.
  const next = await api<{ ticket: { number: string } }>(server.url, 'POST', '/tickets', {
    body: { serviceId: 'chung-thuc' },
  });
  expect(next.body).toMatchObject({ ok: true, data: { ticket: { number: 'B001' } } });
});
