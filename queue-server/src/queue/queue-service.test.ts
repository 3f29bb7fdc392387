import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { createAtomically, openDatabase } from '../store/database';
import { createTicketRepository } from '../store/ticket-repository';
import { createCounterRepository } from '../store/counter-repository';
import { createQueueService } from './queue-service';
import { demoActor } from './actor';

const storeOf = (config: CentreConfig): CentreConfigStore => ({
  filePath: 'memory',
  current: () => config,
  update: async () => ({ ok: true, config }),
});

const serviceAt = (instant: { now: Date }, changes: Partial<CentreConfig> = {}) => {
  const database = openDatabase(':memory:');
  return createQueueService({
    config: storeOf({ ...structuredClone(demoCentre), ...changes }),
    tickets: createTicketRepository(database),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock: () => instant.now,
  });
};

describe('queue service', () => {
  it('restarts numbering at local midnight in Ho Chi Minh City, not at UTC midnight', () => {
    const instant = { now: new Date('2026-11-26T16:58:00Z') }; // 23:58 local
    const queue = serviceAt(instant);
    const before = queue.issueTicket('ho-tich', 'kiosk-1');
    instant.now = new Date('2026-11-26T17:01:00Z'); // 00:01 the next local day
    const after = queue.issueTicket('ho-tich', 'kiosk-1');
    expect(before.ok && before.data.ticket).toMatchObject({
      number: 'A001',
      businessDay: '2026-11-26',
    });
    expect(after.ok && after.data.ticket).toMatchObject({
      number: 'A001',
      businessDay: '2026-11-27',
    });
  });

  it('refuses tickets on a public holiday unless the centre takes them on holidays', () => {
    const holiday = { now: new Date('2026-09-02T02:00:00Z') }; // Quốc khánh, 09:00 local
    expect(serviceAt(holiday, { queuePolicy: {} }).issueTicket('ho-tich', 'kiosk-1')).toEqual({
      ok: false,
      error: {
        code: 'service-closed',
        message:
          'Hôm nay là ngày nghỉ lễ, trung tâm không cấp số (the centre is closed today for a public holiday)',
        // The demo's services have no hours: the next open day, with no hour to name.
        details: {
          kind: 'issuing-closed',
          closure: 'holiday',
          serviceId: 'ho-tich',
          nextOpening: { day: '2026-09-03', weekday: 4, from: null },
        },
      },
    });
    // The kiosks mark every service before a citizen taps one.
    expect(serviceAt(holiday, { queuePolicy: {} }).summary().notIssuingNow).toEqual(
      demoCentre.services.map((service) => service.id),
    );
    const open = serviceAt(holiday, { queuePolicy: { issueOnHolidays: true } });
    expect(open.summary().notIssuingNow).toEqual([]);
    expect(open.issueTicket('ho-tich', 'kiosk-1').ok).toBe(true);
    // Closed on every day off, holidays included.
    const closedOnDaysOff = serviceAt(holiday, {
      queuePolicy: { issueOnHolidays: true, closedOnNonWorkingDays: true },
    });
    expect(closedOnDaysOff.issueTicket('ho-tich', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'service-closed' },
    });
  });

  it('refuses a number for a service no counter serves: nobody could call it', () => {
    const queue = serviceAt(
      { now: new Date('2026-11-26T02:00:00Z') },
      {
        counters: demoCentre.counters.map((counter) => ({
          ...counter,
          serviceIds: counter.serviceIds.filter((id) => id !== 'dat-dai'),
        })),
      },
    );
    expect(queue.issueTicket('dat-dai', 'kiosk-1')).toMatchObject({
      ok: false,
      error: { code: 'service-closed', message: expect.stringContaining('chưa có quầy phục vụ') },
    });
    expect(queue.issueTicket('ho-tich', 'kiosk-1').ok).toBe(true);
  });

  it('lets a kiosk grant only self-declared priority; officers any', () => {
    const queue = serviceAt({ now: new Date('2026-11-26T02:00:00Z') });
    expect(
      queue.issueTicket('ho-tich', 'kiosk-1', { priorityCategoryId: 'nguoi-co-cong' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      queue.issueTicket('ho-tich', 'can-bo-1', {
        priorityCategoryId: 'nguoi-co-cong',
        grantedByOfficer: true,
      }).ok,
    ).toBe(true);
    expect(
      queue.issueTicket('ho-tich', 'kiosk-1', { priorityCategoryId: 'khong-co' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('shares a counter between its services by weight (quầy 2: hộ tịch 2, chứng thực 1)', () => {
    const instant = { now: new Date('2026-11-26T02:00:00Z') };
    const queue = serviceAt(instant);
    for (let index = 0; index < 6; index += 1) {
      queue.issueTicket('chung-thuc', 'kiosk-1');
      queue.issueTicket('ho-tich', 'kiosk-1');
    }
    const order: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      instant.now = new Date(instant.now.getTime() + 60_000);
      const call = queue.counterOps.callNext('quay-2', demoActor('pc-2'));
      order.push(call.ok ? call.data.serviceId : 'none');
    }
    expect(order.filter((serviceId) => serviceId === 'ho-tich')).toHaveLength(4);
    expect(order.filter((serviceId) => serviceId === 'chung-thuc')).toHaveLength(2);
  });

  it('estimates the wait from finished service times once they exist', () => {
    const instant = { now: new Date('2026-11-26T02:00:00Z') };
    const queue = serviceAt(instant);
    const officer = { id: 'can-bo-1', mustHold: true, supervisor: false };
    for (let index = 0; index < 10; index += 1) queue.issueTicket('dat-dai', 'kiosk-1');
    // Six citizens at quầy 4 take 20 minutes each, against 10 configured.
    for (let index = 0; index < 6; index += 1) {
      queue.counterOps.callNext('quay-4', officer);
      instant.now = new Date(instant.now.getTime() + 20 * 60_000);
      queue.counterOps.finish('quay-4', officer);
    }
    const issued = queue.issueTicket('dat-dai', 'kiosk-1');
    // Typical minutes: (6 × 20 + 3 × 10) / 9 = 16.7; open capacity: quầy 4 shares dat-dai
    // with tra-ket-qua (0.5); quầy 3 is closed. Four people ahead.
    expect(issued.ok && issued.data.peopleAhead).toBe(4);
    expect(issued.ok && issued.data.estimatedWaitMinutes).toBe(Math.round((4 * (150 / 9)) / 0.5));
  });

  it('counts people ahead across a burst of issues, a failed one, and a call', () => {
    const queue = serviceAt({ now: new Date('2026-11-26T02:00:00Z') });
    const ahead = (options = {}): number | string => {
      const issued = queue.issueTicket('chung-thuc', 'kiosk-1', options);
      return issued.ok ? issued.data.peopleAhead : issued.error.code;
    };
    expect([ahead(), ahead(), ahead()]).toEqual([0, 1, 2]);
    // Its print job could not be stored: the ticket is taken back with it.
    expect(() =>
      ahead({
        alongside: () => {
          throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(ahead()).toBe(3);
    queue.counterOps.callNext('quay-2', demoActor('pc-2'));
    expect(ahead()).toBe(3);
  });

  it('counts people ahead as the calling policy will call them, priority tickets included', () => {
    const instant = { now: new Date('2026-11-26T02:00:00Z') };
    const elderly = { priorityCategoryId: 'nguoi-cao-tuoi' };
    const issueInto = (queue: ReturnType<typeof serviceAt>, options = {}) => {
      instant.now = new Date(instant.now.getTime() + 60_000);
      const issued = queue.issueTicket('ho-tich', 'kiosk-1', options);
      if (!issued.ok) throw new Error(issued.error.message);
      return issued.data;
    };
    const strict = serviceAt(instant, { queuePolicy: { calling: { mode: 'strict' } } });
    for (let index = 0; index < 8; index += 1) issueInto(strict);
    expect(issueInto(strict, elderly).peopleAhead).toBe(0);
    expect(issueInto(strict, elderly).peopleAhead).toBe(1);
    const normal = issueInto(strict);
    expect(normal.peopleAhead).toBe(10);

    // The default, 3 normal calls to 1 priority: at most 3 normal calls before the first.
    const alternate = serviceAt(instant);
    for (let index = 0; index < 8; index += 1) issueInto(alternate);
    const first = issueInto(alternate, elderly);
    expect(first.peopleAhead).toBe(3);
    expect(first.estimatedWaitMinutes).toBeLessThan(issueInto(alternate).estimatedWaitMinutes ?? 0);
    // A waiting ticket looked up later is counted the same way.
    expect(strict.positionOf(normal.ticket).peopleAhead).toBe(10);
    strict.counterOps.callNext('quay-1', demoActor('pc-1'));
    expect(strict.positionOf(normal.ticket).peopleAhead).toBe(9);
  });

  it('a call ends what the counter served before, and anything a crash left there', () => {
    const instant = { now: new Date('2026-11-26T02:00:00Z') };
    const database = openDatabase(':memory:');
    const tickets = createTicketRepository(database);
    const queue = createQueueService({
      config: storeOf(structuredClone(demoCentre)),
      tickets,
      counters: createCounterRepository(database),
      atomically: createAtomically(database),
      clock: () => instant.now,
    });
    const officer = demoActor('pc-1');
    const [first, second, third] = [1, 2, 3].map(() => {
      const issued = queue.issueTicket('ho-tich', 'kiosk-1');
      if (!issued.ok) throw new Error(issued.error.message);
      return issued.data.ticket;
    });
    queue.counterOps.callNext('quay-1', officer);
    // As if the server died between a call's commit and the end of the ticket before it.
    tickets.markCalled(second?.id ?? '', 'quay-1', null, instant.now.toISOString());
    const day = queue.today();
    expect(
      tickets
        .activeAt('quay-1', day)
        .map((ticket) => ticket.number)
        .sort(),
    ).toEqual(['A001', 'A002']);
    const call = queue.counterOps.callNext('quay-1', officer);
    expect(call.ok && call.data.ticketNumber).toBe(third?.number);
    expect(tickets.activeAt('quay-1', day).map((ticket) => ticket.number)).toEqual(['A003']);
    expect(tickets.byId(first?.id ?? '')?.state).toBe('done');
    expect(tickets.eventsOf(second?.id ?? '').at(-1)).toMatchObject({
      type: 'done',
      detail: 'kết thúc khi gọi số mới',
    });
  });

  it('answers a stored call even when ending the previous ticket fails', () => {
    const database = openDatabase(':memory:');
    const stored = createTicketRepository(database);
    const queue = createQueueService({
      config: storeOf(structuredClone(demoCentre)),
      tickets: {
        ...stored,
        activeAt: () => {
          throw new Error('disk I/O error');
        },
      },
      counters: createCounterRepository(database),
      atomically: createAtomically(database),
      clock: () => new Date('2026-11-26T02:00:00Z'),
    });
    queue.issueTicket('ho-tich', 'kiosk-1');
    const call = queue.counterOps.callNext('quay-1', demoActor('pc-1'));
    expect(call.ok && call.data.ticketNumber).toBe('A001');
    expect(stored.currentAt('quay-1', queue.today())?.state).toBe('called');
  });

  it('lists a recalled ticket as the latest call, as a live display shows it', () => {
    const instant = { now: new Date('2026-11-26T02:00:00Z') };
    const queue = serviceAt(instant);
    const officer = demoActor('pc-1');
    const later = () => {
      instant.now = new Date(instant.now.getTime() + 60_000);
    };
    for (let count = 0; count < 3; count += 1) queue.issueTicket('ho-tich', 'kiosk-1');
    queue.counterOps.callNext('quay-1', officer);
    later();
    queue.counterOps.callNext('quay-2', demoActor('pc-2'));
    later();
    const recalled = queue.counterOps.recall('quay-1', officer);
    expect(recalled.ok).toBe(true);
    const hall = { counterIds: ['quay-1', 'quay-2'], limit: 20 };
    // A screen opening now gets the same current call as one that saw the recall live.
    expect(
      queue.recentCalls(hall).map((call) => [call.ticketNumber, call.counterId, call.recall]),
    ).toEqual([
      ['A001', 'quay-1', true],
      ['A002', 'quay-2', false],
    ]);
    later();
    queue.counterOps.callNext('quay-1', officer);
    expect(queue.recentCalls(hall).map((call) => [call.ticketNumber, call.recall])).toEqual([
      ['A003', false],
      ['A001', true],
      ['A002', false],
    ]);
  });
});
