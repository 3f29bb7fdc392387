import { describe, expect, it } from 'vitest';
import {
  agentHelloSchema,
  callSchema,
  fail,
  handshakeSchema,
  inboundSchemas,
  issueTicketBodySchema,
  ok,
  parseInput,
  printJobSchema,
  replySchema,
  ticketNumberSchema,
  ticketSchema,
} from './index';
import { businessDaySchema } from './entities';
import { dossierCodeSchema } from './dossiers';
import { listTicketsQuerySchema } from './queue-ops';
import { calendarSchema } from './procedures';
import { checkInBodySchema } from './appointments';

describe('issue-ticket body', () => {
  it('accepts a service id', () => {
    expect(issueTicketBodySchema.parse({ serviceId: 'ho-tich' })).toEqual({ serviceId: 'ho-tich' });
  });

  it.each([
    ['missing id', {}],
    ['empty id', { serviceId: '' }],
    ['id with spaces', { serviceId: 'ho tich' }],
    ['id too long', { serviceId: 'x'.repeat(65) }],
    ['number instead of string', { serviceId: 7 }],
    ['not an object', 'ho-tich'],
    ['null', null],
  ])('refuses %s with a bad-request envelope naming the path', (_label, input) => {
    const result = parseInput(issueTicketBodySchema, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-request');
      expect(result.error.issues?.length).toBeGreaterThan(0);
    }
  });
});

describe('check-in body', () => {
  it('takes the server code and a portal LH- reference, in capitals', () => {
    expect(checkInBodySchema.parse({ code: ' k7m2p9qa ' })).toEqual({ code: 'K7M2P9QA' });
    expect(checkInBodySchema.parse({ code: 'lh-7k3q9p' })).toEqual({ code: 'LH-7K3Q9P' });
  });

  it.each([['K7M2P9Q'], ['K0M2P9QA'], ['LH-7K3'], ['LX-7K3Q9P'], ['LH-7K3Q9P-1']])(
    'refuses %s',
    (code) => {
      expect(checkInBodySchema.safeParse({ code }).success).toBe(false);
    },
  );
});

describe('business days', () => {
  const calendarWith = (day: string) => ({
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [day],
    extraWorkingDays: [],
  });
  it.each(['2026-11-27', '2028-02-29', '2026-12-31'])('accepts %s', (day) => {
    expect(businessDaySchema.safeParse(day).success).toBe(true);
    expect(calendarSchema.safeParse(calendarWith(day)).success).toBe(true);
  });
  it.each(['2026-13-45', '2026-02-29', '2026-04-31', '2026-11-7', '27/11/2026'])(
    'refuses %s, a day no calendar has',
    (day) => {
      expect(businessDaySchema.safeParse(day).success).toBe(false);
      expect(listTicketsQuerySchema.safeParse({ day }).success).toBe(false);
      expect(calendarSchema.safeParse(calendarWith(day)).success).toBe(false);
    },
  );
});

describe('dossier codes', () => {
  it('reads a code typed in lower case or with spaces as the same code', () => {
    expect(dossierCodeSchema.parse(' 000.00.06.h56-261127-0001 ')).toBe(
      '000.00.06.H56-261127-0001',
    );
  });
  it.each(['000.00.06.H56-2611270001', 'H56-261127-1', ''])('refuses %s', (code) => {
    expect(dossierCodeSchema.safeParse(code).success).toBe(false);
  });
});

describe('ticket numbers', () => {
  it.each(['A001', 'B025', 'AB1000', 'C999'])('accepts %s', (number) => {
    expect(ticketNumberSchema.safeParse(number).success).toBe(true);
  });
  it.each(['a001', 'A01', '001', 'ABCD001', 'A 001'])('refuses %s', (number) => {
    expect(ticketNumberSchema.safeParse(number).success).toBe(false);
  });
});

describe('entities', () => {
  const ticket = {
    id: 't1',
    number: 'A001',
    serviceId: 'ho-tich',
    businessDay: '2026-11-26',
    sequence: 1,
    state: 'waiting',
    issuedAt: '2026-11-26T01:02:03.000Z',
    issuedBy: 'kiosk-1',
    counterId: null,
    calledAt: null,
  };

  it('round-trips a ticket', () => {
    expect(ticketSchema.parse(ticket)).toEqual(ticket);
  });

  it('refuses an unknown ticket state', () => {
    expect(ticketSchema.safeParse({ ...ticket, state: 'lost' }).success).toBe(false);
  });

  it('refuses a call with a non-ISO time', () => {
    const call = {
      ticketId: 't1',
      ticketNumber: 'A001',
      serviceId: 'ho-tich',
      counterId: 'quay-1',
      counterNumber: 1,
      counterName: 'Quầy 1',
      calledAt: 'yesterday',
      recall: false,
    };
    expect(callSchema.safeParse(call).success).toBe(false);
    expect(callSchema.safeParse({ ...call, calledAt: '2026-11-26T01:02:03Z' }).success).toBe(true);
  });

  it('requires a device id in the handshake', () => {
    expect(handshakeSchema.safeParse({}).success).toBe(false);
    expect(handshakeSchema.safeParse({ deviceId: 'kiosk-1' }).success).toBe(true);
  });

  it('accepts a rating screen naming its counter by a valid id only', () => {
    const rating = { deviceId: 'rating-quay-3', ratingCounterId: 'quay-3' };
    expect(handshakeSchema.parse(rating)).toEqual(rating);
    expect(handshakeSchema.safeParse({ ...rating, ratingCounterId: 'quầy 3' }).success).toBe(false);
    expect(handshakeSchema.safeParse({ ...rating, ratingCounterId: 3 }).success).toBe(false);
  });

  it('takes the client clock in the handshake and the moment a counter action was sent', () => {
    expect(handshakeSchema.safeParse({ deviceId: 'counter-pc-1', clock: 1234.5 }).success).toBe(
      true,
    );
    expect(handshakeSchema.safeParse({ deviceId: 'counter-pc-1', clock: -1 }).success).toBe(false);
    expect(handshakeSchema.safeParse({ deviceId: 'counter-pc-1', clock: 'now' }).success).toBe(
      false,
    );
    const call = inboundSchemas['counter:call-next'];
    expect(call.parse({ counterId: 'quay-1', sentAt: 99.5 })).toEqual({
      counterId: 'quay-1',
      sentAt: 99.5,
    });
    expect(call.safeParse({ counterId: 'quay-1', sentAt: Infinity }).success).toBe(false);
    const transfer = inboundSchemas['counter:transfer'];
    expect(
      transfer.parse({ counterId: 'quay-1', toServiceId: 'ho-tich', sentAt: 5 }),
    ).toMatchObject({
      sentAt: 5,
    });
  });

  it('bounds what an agent may announce', () => {
    const devices = Array.from({ length: 17 }, () => ({ kind: 'printer', uri: 'tcp://h:9100' }));
    expect(agentHelloSchema.safeParse({ boundTo: 'kiosk-1', devices }).success).toBe(false);
    expect(
      agentHelloSchema.safeParse({ boundTo: 'kiosk-1', devices: [{ kind: 'fax', uri: 'x' }] })
        .success,
    ).toBe(false);
  });

  it('refuses a print job of an unknown kind', () => {
    expect(printJobSchema.safeParse({ jobId: 'j', document: { kind: 'poster' } }).success).toBe(
      false,
    );
  });
});

describe('reply envelopes', () => {
  const schema = replySchema(ticketNumberSchema);
  it('parses success and failure', () => {
    expect(schema.parse(ok('A001'))).toEqual({ ok: true, data: 'A001' });
    expect(schema.parse(fail('not-found', 'x'))).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'x' },
    });
  });
  it('refuses an unknown error code', () => {
    expect(schema.safeParse({ ok: false, error: { code: 'oops', message: 'x' } }).success).toBe(
      false,
    );
  });
});
