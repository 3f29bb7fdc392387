import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fail,
  ok,
  type ArmKeypadRequest,
  type KeypadRatedEvent,
  type Rating,
  type RatingRequestView,
} from '@openops/protocol';
import { openCentreConfig } from '../config/centre-config-store';
import { openDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { formatTicketNumber } from '../domain/numbering';
import type { KeypadPort } from './keypad-port';
import { noKeypads } from './keypad-port';
import { createRatingRepository } from './rating-repository';
import { createRatingService } from './rating-service';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

/** A keypad that records arms and lets the test press. */
const fakeKeypad = () => {
  const arms: ArmKeypadRequest[] = [];
  const disarmed: string[] = [];
  let listener: (event: KeypadRatedEvent) => void = () => undefined;
  const port: KeypadPort = {
    arm: (request) => {
      arms.push(request);
      return Promise.resolve(
        ok({ armId: `arm-${arms.length}`, expiresAt: '2026-11-26T03:01:00.000Z' }),
      );
    },
    disarm: (armId) => disarmed.push(armId),
    onRated: (next) => {
      listener = next;
    },
  };
  return { port, arms, disarmed, press: (event: KeypadRatedEvent) => listener(event) };
};

const setUp = async (keypad: KeypadPort = noKeypads) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-ratings-'));
  folders.push(folder);
  const config = await openCentreConfig(path.join(folder, 'centre.json'), { demo: true });
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  const tickets = createTicketRepository(database);
  let now = new Date('2026-11-26T03:00:00.000Z');
  /** The service as a server (re)starting on this store creates it, with its status log. */
  const start = () => {
    const started = createRatingService({
      ratings: createRatingRepository(database),
      tickets,
      config,
      keypad,
      clock: () => now,
      businessDayOf: () => '2026-11-26',
    });
    const log: RatingRequestView[] = [];
    started.onStatusChange((view) => log.push(view));
    return { service: started, statuses: log };
  };
  const { service, statuses } = start();
  const calledTicket = (counterId = 'quay-1') => {
    const issued = tickets.issue(
      {
        businessDay: '2026-11-26',
        serviceId: 'ho-tich',
        issuedAt: now.toISOString(),
        issuedBy: 'kiosk-1',
      },
      (last) => ({ ok: true, sequence: last + 1, number: formatTicketNumber('A', last + 1) }),
    );
    if (!issued.ok) throw new Error('no ticket');
    tickets.markCalled(issued.ticket.id, counterId, 'officer-1', now.toISOString());
    return issued.ticket;
  };
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  return { service, statuses, calledTicket, advance, database, restart: start };
};

describe('rating service', () => {
  it('falls back to a page without a keypad, stores the rating with its context, and tells counters only that it arrived', async () => {
    const { service, statuses, calledTicket, database } = await setUp();
    const stored: Rating[] = [];
    service.onStored((rating) => {
      // The hook runs inside the transaction, where the outbox record must be written.
      expect(database.inTransaction).toBe(true);
      stored.push(rating);
    });
    const ticket = calledTicket();
    const asked = await service.request(
      { counterId: 'quay-1', ticketId: ticket.id, officerId: 'officer-1', dossierCode: null },
      'counter-pc-1',
    );
    expect(asked.ok && asked.data.channel).toBe('page');
    const requestId = asked.ok ? asked.data.requestId : '';
    expect(service.waiting('quay-1').map((view) => view.requestId)).toEqual([requestId]);

    const reply = service.submit(requestId, 'satisfied', 'kiosk');
    expect(reply.ok && reply.data.state).toBe('received');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      counterId: 'quay-1',
      officerId: 'officer-1',
      serviceId: 'ho-tich',
      level: 'satisfied',
      source: 'kiosk',
    });
    expect(statuses.map((view) => view.state)).toEqual(['waiting', 'received']);
    expect(JSON.stringify(statuses)).not.toContain('satisfied');
    expect(service.summary({ limit: 100 })).toMatchObject({ total: 1, satisfiedShare: 1 });

    const again = service.submit(requestId, 'dissatisfied', 'kiosk');
    expect(!again.ok && again.error.code).toBe('conflict');
    service.close();
  });

  it('summarises every rating of the period, beyond the list limit', async () => {
    const { service, calledTicket } = await setUp();
    const levels = ['very-satisfied', 'satisfied', 'dissatisfied', 'neutral', 'satisfied'] as const;
    for (const level of levels) {
      const asked = await service.request(
        {
          counterId: 'quay-1',
          ticketId: calledTicket().id,
          officerId: 'officer-1',
          dossierCode: null,
        },
        'counter-pc-1',
      );
      if (!asked.ok) throw new Error(asked.error.message);
      expect(service.submit(asked.data.requestId, level, 'kiosk').ok).toBe(true);
    }
    expect(service.list({ limit: 2 })).toHaveLength(2);
    expect(service.summary({ limit: 2 })).toEqual({
      total: 5,
      byLevel: {
        'very-satisfied': 1,
        satisfied: 2,
        neutral: 1,
        dissatisfied: 1,
        'very-dissatisfied': 0,
      },
      satisfiedShare: 0.6,
    });
    expect(service.summary({ limit: 2, counterId: 'quay-2' })).toMatchObject({
      total: 0,
      satisfiedShare: null,
    });
    service.close();
  });

  it('arms the counter keypad and stores the press it reports', async () => {
    const keypad = fakeKeypad();
    const { service, calledTicket } = await setUp(keypad.port);
    const ticket = calledTicket();
    const asked = await service.request(
      {
        counterId: 'quay-1',
        ticketId: ticket.id,
        officerId: null,
        dossierCode: '000.00.06.H56-261126-0001',
      },
      'counter-pc-1',
    );
    expect(asked.ok && asked.data.channel).toBe('keypad');
    expect(keypad.arms[0]).toMatchObject({ deviceId: 'counter-pc-1', ticketId: ticket.id });
    keypad.press({
      armId: 'arm-1',
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: ticket.id,
      officerId: null,
      button: 3,
      level: 'dissatisfied',
      pressedAt: '2026-11-26T03:00:10.000Z',
    });
    const [rating] = service.list({ limit: 10 });
    expect(rating).toMatchObject({
      source: 'keypad',
      level: 'dissatisfied',
      dossierCode: '000.00.06.H56-261126-0001',
    });
    service.close();
  });

  it('refuses a late press, a ticket served elsewhere, and cancels the older request of a counter', async () => {
    const keypad = fakeKeypad();
    const { service, calledTicket, advance } = await setUp(keypad.port);
    const elsewhere = calledTicket('quay-2');
    const refused = await service.request(
      { counterId: 'quay-1', ticketId: elsewhere.id, officerId: null, dossierCode: null },
      null,
    );
    expect(!refused.ok && refused.error.code).toBe('conflict');

    const first = await service.request(
      {
        counterId: 'quay-1',
        ticketId: calledTicket().id,
        officerId: null,
        dossierCode: null,
        timeoutSeconds: 30,
      },
      null,
    );
    const second = await service.request(
      {
        counterId: 'quay-1',
        ticketId: calledTicket().id,
        officerId: null,
        dossierCode: null,
        timeoutSeconds: 30,
      },
      null,
    );
    const firstId = first.ok ? first.data.requestId : '';
    const secondId = second.ok ? second.data.requestId : '';
    const cancelled = service.submit(firstId, 'satisfied', 'kiosk');
    expect(!cancelled.ok && cancelled.error.code).toBe('conflict');
    advance(31);
    const late = service.submit(secondId, 'satisfied', 'kiosk');
    expect(!late.ok && late.error.code).toBe('conflict');
    expect(service.list({ limit: 10 })).toEqual([]);
    service.close();
  });

  it('rolls the rating back when the sync hook fails, so it is never stored without its record', async () => {
    const { service, calledTicket } = await setUp();
    service.onStored(() => {
      throw new Error('outbox full');
    });
    const asked = await service.request(
      { counterId: 'quay-1', ticketId: calledTicket().id, officerId: null, dossierCode: null },
      null,
    );
    const requestId = asked.ok ? asked.data.requestId : '';
    expect(() => service.submit(requestId, 'satisfied', 'kiosk')).toThrow('outbox full');
    expect(service.list({ limit: 10 })).toEqual([]);
    expect(service.waiting('quay-1')).toHaveLength(1);
    service.close();
  });

  it('expires, after a restart, a request that was still waiting when the server stopped', async () => {
    const { service, calledTicket, advance, restart } = await setUp();
    const ticket = calledTicket();
    const asked = await service.request(
      { counterId: 'quay-1', ticketId: ticket.id, officerId: 'officer-1', dossierCode: null },
      'counter-pc-1',
    );
    const requestId = asked.ok ? asked.data.requestId : '';
    // The server stops while the citizen has not rated; it is back after the request's time.
    service.close();
    advance(3600);
    const again = restart();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(again.statuses.map((view) => [view.requestId, view.state])).toEqual([
      [requestId, 'expired'],
    ]);
    expect(again.service.waiting('quay-1')).toEqual([]);
    again.service.close();
  });

  it('stores a keypad press made within its window that arrives after the request expired, at the time it was made', async () => {
    const keypad = fakeKeypad();
    const { service, calledTicket, advance, restart } = await setUp(keypad.port);
    const ticket = calledTicket();
    const asked = await service.request(
      { counterId: 'quay-1', ticketId: ticket.id, officerId: null, dossierCode: null },
      'counter-pc-1',
    );
    const requestId = asked.ok ? asked.data.requestId : '';
    // The keypad's window (until 03:01:00) passes while the agent's link is down.
    service.close();
    advance(120);
    const again = restart();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(again.statuses.map((view) => view.state)).toEqual(['expired']);
    const press = {
      armId: 'arm-1',
      deviceId: 'counter-pc-1',
      counterId: 'quay-1',
      ticketId: ticket.id,
      officerId: null,
      button: 1,
      level: 'very-satisfied' as const,
    };
    // Pressed after the window: still refused.
    keypad.press({ ...press, pressedAt: '2026-11-26T03:01:05.000Z' });
    expect(again.service.list({ limit: 10 })).toEqual([]);
    // Pressed within it, delivered now: stored, dated when it was pressed.
    keypad.press({ ...press, pressedAt: '2026-11-26T03:00:40.000Z' });
    expect(again.service.list({ limit: 10 })).toMatchObject([
      { requestId, source: 'keypad', level: 'very-satisfied', ratedAt: '2026-11-26T03:00:40.000Z' },
    ]);
    expect(again.statuses.map((view) => view.state)).toEqual(['expired', 'received']);
    again.service.close();
  });

  it('answers not-found for an unknown request', async () => {
    const { service } = await setUp();
    expect(service.submit('nope', 'satisfied', 'kiosk')).toEqual(
      fail('not-found', 'Không có yêu cầu đánh giá này'),
    );
  });
});
