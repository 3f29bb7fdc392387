import { expect, test } from '@playwright/test';
import { startQueueServer } from '../support/queue-server-process';

/**
 * The tracking page is open to the citizens' network: one address that loads it far more
 * often than phones reloading every 30 s gets a "try again" page, and the queue's own API
 * goes on answering.
 */
test('a flood of tracking page loads from one address is held back, the API is not', async ({
  request,
}) => {
  const server = await startQueueServer({ logName: 'queue-server-ticket-page-limit' });
  try {
    const issued = await request.post(`${server.url}/api/v1/tickets`, {
      data: { serviceId: 'ho-tich' },
    });
    expect(issued.status()).toBe(201);
    const { data } = (await issued.json()) as { data: { ticket: { id: string } } };
    const address = `${server.url}/ticket/${data.ticket.id}`;

    const statuses: number[] = [];
    for (let round = 0; round < 30; round += 1) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, () => request.get(address).then((reply) => reply.status())),
      );
      statuses.push(...batch);
    }
    expect(statuses).toEqual(Array(300).fill(200));

    const held = await request.get(address);
    expect(held.status()).toBe(429);
    expect(Number(held.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(held.headers()['retry-after'])).toBeLessThanOrEqual(60);
    expect(held.headers()['content-type']).toContain('text/html');
    expect(await held.text()).toMatch(/<h1>Vui lòng thử lại sau \d+ giây<\/h1>/);

    const api = await request.get(`${server.url}/api/v1/tickets/${data.ticket.id}`);
    expect(api.status()).toBe(200);
  } finally {
    await server.stop();
  }
});
