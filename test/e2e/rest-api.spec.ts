import { expect, test } from '@playwright/test';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { temporaryFolder } from '../support/temporary-folder';

let server: QueueServerProcess;

test.beforeAll(async () => {
  server = await startQueueServer();
});
test.afterAll(async () => {
  await server?.stop();
});

test('health and services answer in envelopes', async ({ request }) => {
  const health = await request.get(`${server.url}/api/v1/health`);
  expect(health.ok()).toBe(true);
  expect(await health.json()).toMatchObject({ ok: true, data: { status: 'ok' } });

  const services = await request.get(`${server.url}/api/v1/services`);
  const body = (await services.json()) as {
    ok: boolean;
    data: Array<{ name: string; prefix: string }>;
  };
  expect(body.ok).toBe(true);
  expect(body.data.map((service) => service.name)).toContain('Hộ tịch');
  expect(new Set(body.data.map((service) => service.prefix)).size).toBe(body.data.length);
});

test('issued numbers increase per service', async ({ request }) => {
  const numbers: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const response = await request.post(`${server.url}/api/v1/tickets`, {
      data: { serviceId: 'dat-dai' },
    });
    expect(response.status()).toBe(201);
    numbers.push(
      ((await response.json()) as { data: { ticket: { number: string } } }).data.ticket.number,
    );
  }
  expect(numbers).toEqual(['C001', 'C002', 'C003']);
});

test('bad input gets a coded error, never a crash', async ({ request }) => {
  const unknown = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'khong-co' },
  });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'not-found' } });

  const malformed = await request.post(`${server.url}/api/v1/tickets`, {
    headers: { 'content-type': 'application/json' },
    data: '{not json',
  });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });

  const invalid = await request.post(`${server.url}/api/v1/tickets`, { data: { serviceId: 42 } });
  expect(await invalid.json()).toMatchObject({
    ok: false,
    error: { code: 'bad-request', issues: [{ path: 'serviceId' }] },
  });

  const huge = await request.post(`${server.url}/api/v1/tickets`, {
    data: { serviceId: 'ho-tich', padding: 'x'.repeat(100_000) },
  });
  expect(huge.status()).toBe(413);

  // A day no calendar has is refused, not answered with an empty list.
  const impossibleDay = await request.get(`${server.url}/api/v1/tickets?day=2026-13-45`);
  expect(impossibleDay.status()).toBe(400);
  expect(await impossibleDay.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });

  // Another API version, or none, answers in an envelope too, not an HTML page.
  for (const route of ['/api/v2/health', '/api/', '/api']) {
    const other = await request.get(`${server.url}${route}`);
    expect(other.status(), route).toBe(404);
    expect(await other.json(), route).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }

  const health = await request.get(`${server.url}/api/v1/health`);
  expect(health.ok()).toBe(true);
});

test('the server refuses to start on a broken configuration, naming the file', async () => {
  const { writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const dataDir = temporaryFolder('broken');
  writeFileSync(
    path.join(dataDir, 'centre.json'),
    JSON.stringify({ version: 1, centre: {}, services: [] }),
  );
  await expect(startQueueServer({ dataDir })).rejects.toThrow(/exited with code 1/);
});
