import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Call } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { demoActor } from '../queue/actor';
import { createQueueService } from '../queue/queue-service';
import { createCounterRepository } from '../store/counter-repository';
import { createAtomically, openDatabase, type SqliteDatabase } from '../store/database';
import { migrations } from '../store/migrations';
import { createTicketRepository } from '../store/ticket-repository';
import { displayViewFor, recentCallsScope } from './display-zones';

/**
 * What a display is sent when it (re)connects, read from a real SQLite store: its own zones'
 * calls, as many as its board shows, however busy the other zones are.
 */
const queueOn = (config: CentreConfig, database: SqliteDatabase = openDatabase(':memory:')) => {
  const instant = { now: new Date('2026-11-26T02:00:00Z') };
  const queue = createQueueService({
    config: {
      filePath: 'memory',
      current: () => config,
      update: async () => ({ ok: true, config }),
    } satisfies CentreConfigStore,
    tickets: createTicketRepository(database),
    counters: createCounterRepository(database),
    atomically: createAtomically(database),
    clock: () => instant.now,
  });
  /** Issues a ticket of the service and calls it to the counter, a second after the last call. */
  const call = (serviceId: string, counterId: string): string => {
    instant.now = new Date(instant.now.getTime() + 1000);
    expect(queue.issueTicket(serviceId, 'kiosk-1').ok).toBe(true);
    const called = queue.counterOps.callNext(counterId, demoActor(`pc-${counterId}`));
    if (!called.ok) throw new Error(called.error.message);
    return called.data.ticketNumber;
  };
  /** Recalls the counter's current ticket, a second after the last call. */
  const recall = (counterId: string): void => {
    instant.now = new Date(instant.now.getTime() + 1000);
    expect(queue.counterOps.recall(counterId, demoActor(`pc-${counterId}`)).ok).toBe(true);
  };
  const recentFor = (displayId: string): Call[] => {
    const view = displayViewFor(config, displayId);
    if (!view) throw new Error(`no display ${displayId}`);
    return queue.recentCalls(recentCallsScope(view));
  };
  return { call, recall, recentFor };
};

describe('the calls a display gets back on (re)connect', () => {
  it('are its own zones’ calls, even after many newer calls in another zone', () => {
    const centre = queueOn(structuredClone(demoCentre));
    const floor2 = [centre.call('chung-thuc', 'quay-3'), centre.call('dat-dai', 'quay-4')];
    const floor1: string[] = [];
    for (let index = 0; index < 30; index += 1) {
      floor1.push(centre.call('ho-tich', index % 2 === 0 ? 'quay-1' : 'quay-2'));
    }
    expect(centre.recentFor('display-tang-2').map((call) => call.ticketNumber)).toEqual(
      floor2.toReversed(),
    );
    // The hall shows both floors: the newest first, its 20 at least.
    const hall = centre.recentFor('display-1');
    expect(hall).toHaveLength(20);
    expect(hall[0]?.ticketNumber).toBe(floor1.at(-1));
  });

  it('cover every counter’s list on a zone of 8 counters showing 3 numbers each', () => {
    const config = structuredClone(demoCentre);
    config.counters = Array.from({ length: 8 }, (_, index) => ({
      id: `quay-${index + 1}`,
      number: index + 1,
      name: `Quầy ${index + 1}`,
      serviceIds: ['ho-tich'],
      zone: 'tang-1',
    }));
    config.displays = [{ id: 'display-1', name: 'Sảnh', zones: ['tang-1'] }];
    const centre = queueOn(config);
    for (let round = 0; round < 4; round += 1) {
      config.counters.forEach((counter) => centre.call('ho-tich', counter.id));
    }
    const recent = centre.recentFor('display-1');
    // 8 × 3 listed, plus the current call: the board is as full as on a screen left running.
    expect(recent).toHaveLength(25);
    for (const counter of config.counters) {
      expect(
        recent.filter((call) => call.counterId === counter.id).length,
        counter.id,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('keep a recall as its ticket’s latest call, and leave out other zones’ recalls', () => {
    const centre = queueOn(structuredClone(demoCentre));
    const recalled = centre.call('chung-thuc', 'quay-3');
    const later = centre.call('dat-dai', 'quay-4');
    const otherZone = centre.call('ho-tich', 'quay-1');
    centre.recall('quay-3');
    centre.recall('quay-1');
    expect(
      centre.recentFor('display-tang-2').map((call) => [call.ticketNumber, call.recall]),
    ).toEqual([
      [recalled, true],
      [later, false],
    ]);
    expect(centre.recentFor('display-1').map((call) => call.ticketNumber)).toEqual([
      otherZone,
      recalled,
      later,
    ]);
  });

  it('are read from their own counters, however many calls and recalls the other zones made', () => {
    // Every statement the read runs, with its values, to ask SQLite how it reads each.
    const executed: string[] = [];
    let tracing = false;
    const database = new Database(':memory:', {
      verbose: (sql) => {
        if (tracing) executed.push(String(sql));
      },
    });
    migrations.forEach((sql) => database.exec(sql));
    const centre = queueOn(structuredClone(demoCentre), database);
    const quiet = centre.call('chung-thuc', 'quay-3');
    for (let index = 0; index < 30; index += 1) {
      const counter = index % 2 === 0 ? 'quay-1' : 'quay-2';
      centre.call('ho-tich', counter);
      centre.recall(counter);
    }
    tracing = true;
    expect(centre.recentFor('display-tang-2').map((call) => call.ticketNumber)).toEqual([quiet]);
    tracing = false;
    const plans = executed.flatMap((sql) =>
      database
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail),
    );
    // No walk through the centre's events, and no look-up of the other floor's recalled tickets.
    expect(plans.filter((detail) => detail.startsWith('SCAN ticket_events'))).toEqual([]);
    expect(plans).toContainEqual(
      expect.stringContaining('ticket_events USING INDEX ticket_events_by_counter'),
    );
    expect(executed.filter((sql) => /FROM tickets WHERE id = /.test(sql))).toEqual([]);
    database.close();
  });
});
