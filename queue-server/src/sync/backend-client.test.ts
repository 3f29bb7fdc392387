import { describe, expect, it } from 'vitest';
import { deliverToBackend } from './backend-client';
import type { HttpFetch } from './delivery-outcome';

const answering =
  (status: number, body: unknown, headers: Record<string, string> = {}): HttpFetch =>
  () =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers }),
    );

const now = Date.parse('2026-11-26T02:00:00.000Z');
const send = (fetchImpl: HttpFetch) =>
  deliverToBackend(fetchImpl, {
    target: { id: 'tinh', url: 'http://127.0.0.1:9/api/centre', key: 'k'.repeat(16) },
    method: 'POST',
    path: '/v1/ratings',
    idempotencyKey: 'rating:r1',
    body: { MaDanhGia: 'r1' },
    timeoutMs: 1000,
    agencyCode: '000.00.06.H56',
    now: () => now,
  });

const ack = { ok: true, data: { duplicate: false, receivedAt: '2026-11-26T02:00:00.000Z' } };
const refusal = (code: string) => ({ ok: false, error: { code, message: 'Lỗi' } });

describe('deliverToBackend', () => {
  it('counts a record delivered only on a 2xx acknowledgement', async () => {
    expect(await send(answering(200, ack))).toEqual({ kind: 'delivered', duplicate: false });
    expect(await send(answering(202, { ...ack, data: { ...ack.data, duplicate: true } }))).toEqual({
      kind: 'delivered',
      duplicate: true,
    });
    // `ok: true` on an error status (a broken proxy, a half-done backend) is no acknowledgement.
    expect(await send(answering(500, ack))).toMatchObject({ kind: 'retry', scope: 'receiver' });
    expect(await send(answering(302, ack))).toMatchObject({ kind: 'retry' });
    expect(await send(answering(200, '<html>portal</html>'))).toMatchObject({
      kind: 'retry',
      reason: expect.stringMatching(/^Máy chủ OpenOPS trả lời không đọc được.*\[tinh: HTTP 200\]$/),
    });
  });

  it('judges an answer without a readable envelope by its HTTP status', async () => {
    for (const status of [400, 413, 422]) {
      expect(await send(answering(status, '<html>Request rejected</html>'))).toEqual({
        kind: 'reject',
        reason: `Máy chủ OpenOPS từ chối bản ghi (the OpenOPS server refused the record) [tinh: HTTP ${status}]`,
      });
    }
    for (const status of [401, 403]) {
      expect(await send(answering(status, ''))).toEqual({
        kind: 'retry',
        scope: 'receiver',
        reason: `Khoá trung tâm không hợp lệ (the centre key was refused) [tinh: HTTP ${status}]`,
      });
    }
    expect(await send(answering(502, 'Bad gateway'))).toMatchObject({
      kind: 'retry',
      scope: 'receiver',
      reason: expect.stringContaining('Máy chủ OpenOPS gặp lỗi, sẽ thử lại'),
    });
    expect(await send(answering(429, ''))).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('Máy chủ OpenOPS quá tải, sẽ thử lại'),
    });
  });

  it('passes on Retry-After from a 429 or 503, in seconds or as a date', async () => {
    expect(
      await send(answering(503, refusal('unavailable'), { 'retry-after': '30' })),
    ).toMatchObject({ kind: 'retry', scope: 'receiver', retryAfterMs: 30_000 });
    expect(
      await send(answering(429, '', { 'retry-after': 'Thu, 26 Nov 2026 02:02:00 GMT' })),
    ).toMatchObject({ kind: 'retry', retryAfterMs: 120_000 });
    expect(
      await send(answering(500, refusal('internal'), { 'retry-after': '30' })),
    ).not.toHaveProperty('retryAfterMs');
  });

  it('follows the refusal code of an envelope, and tells a record problem from a backend one', async () => {
    expect(await send(answering(400, refusal('bad-request')))).toMatchObject({ kind: 'reject' });
    expect(await send(answering(409, refusal('conflict')))).toMatchObject({ kind: 'reject' });
    expect(await send(answering(409, refusal('out-of-order')))).toMatchObject({
      kind: 'retry',
      scope: 'record',
    });
    expect(await send(answering(401, refusal('unauthorized')))).toMatchObject({
      kind: 'retry',
      scope: 'receiver',
      reason: expect.stringMatching(/^Khoá trung tâm không hợp lệ \(the centre key was refused\)/),
    });
  });

  it('says the link is down, in Vietnamese first, when the backend cannot be reached', async () => {
    const refused: HttpFetch = () =>
      Promise.reject(
        Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      );
    expect(await send(refused)).toEqual({
      kind: 'retry',
      scope: 'receiver',
      reason:
        'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server) [tinh: fetch failed (ECONNREFUSED)]',
    });
  });
});
