import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { replySchema } from './envelope';

describe('a refusal read by a client', () => {
  const reply = replySchema(z.unknown());
  const refusal = (details: unknown) => ({
    ok: false,
    error: { code: 'service-closed', message: 'Hôm nay là ngày nghỉ lễ', details },
  });

  it('keeps the details it knows', () => {
    const details = {
      kind: 'issuing-closed',
      closure: 'holiday',
      serviceId: 'ho-tich',
      nextOpening: { day: '2026-09-03', weekday: 4, from: '07:30' },
    };
    expect(reply.parse(refusal(details))).toEqual(refusal(details));
  });

  it('keeps the details of a daily limit', () => {
    const details = {
      kind: 'daily-limit',
      serviceId: 'ho-tich',
      limit: 300,
      nextOpening: { day: '2026-09-03', weekday: 4, from: '07:30' },
    };
    const refused = {
      ok: false,
      error: { code: 'daily-limit-reached', message: 'Hết số', details },
    };
    expect(reply.parse(refused)).toEqual(refused);
  });

  it('drops details of a kind it does not know (a newer server), keeping the refusal', () => {
    expect(reply.parse(refusal({ kind: 'queue-paused', until: '13:30' }))).toEqual({
      ok: false,
      error: { code: 'service-closed', message: 'Hôm nay là ngày nghỉ lễ', details: undefined },
    });
  });
});
