import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxKind } from '@openops/protocol';
import { routeKeyOf } from '../sync/backend-router';
import { openDatabase } from './database';
import { migrations } from './migrations';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

/**
 * A database file as a release left it just before the migration whose SQL contains `marker`:
 * the migrations up to it run, its version set. Returns the file and the open connection.
 */
const databaseBefore = (marker: string): { file: string; previous: Database.Database } => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-migrate-'));
  folders.push(folder);
  const file = path.join(folder, 'queue.sqlite');
  const before = migrations.findIndex((sql) => sql.includes(marker));
  expect(before).toBeGreaterThan(0);
  const previous = new Database(file);
  migrations.slice(0, before).forEach((sql) => previous.exec(sql));
  previous.pragma(`user_version = ${before}`);
  return { file, previous };
};

describe('migrations', () => {
  it('upgrade a data folder whose areas created their own tables, keeping their rows', () => {
    // A database as the release before the tables became a migration left it: the migrations
    // up to then, plus the tables the devices and supervisor areas created for themselves.
    const { file, previous } = databaseBefore('CREATE TABLE IF NOT EXISTS print_jobs');
    previous.exec(`
      CREATE TABLE print_jobs (job_id TEXT PRIMARY KEY, device_id TEXT NOT NULL,
        document TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL,
        failure_code TEXT, failure_message TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE INDEX print_jobs_by_device_state ON print_jobs (device_id, state, created_at);
      CREATE TABLE supervisor_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE config_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
        actor TEXT NOT NULL, section TEXT NOT NULL, action TEXT NOT NULL, summary TEXT NOT NULL);
      INSERT INTO print_jobs VALUES ('job-1', 'kiosk-1', '{}', 'queued', 0, NULL, NULL, 't', 't');
      INSERT INTO supervisor_settings VALUES ('waitAlertMinutes', '25');
    `);
    previous.close();

    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(upgraded.prepare('SELECT job_id FROM print_jobs').all()).toEqual([{ job_id: 'job-1' }]);
    expect(upgraded.prepare('SELECT value FROM supervisor_settings').get()).toEqual({
      value: '25',
    });
    const indexes = upgraded
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index'`)
      .all()
      .map((row) => row.name);
    expect(indexes).toEqual(
      expect.arrayContaining([
        'sync_outbox_due_heads',
        'tickets_ahead',
        'tickets_queue',
        'tickets_at_counter',
      ]),
    );
    expect(indexes).not.toContain('tickets_by_day_state');
    expect(indexes).not.toContain('tickets_by_counter');
    upgraded.close();
  });

  it('find a booking sent again by its external reference through an index', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-migrate-'));
    folders.push(folder);
    const database = openDatabase(path.join(folder, 'queue.sqlite'));
    // The repeat-booking check's query (`liveByExternalRef` in the appointment service).
    const plan = database
      .prepare<[string], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT * FROM appointments WHERE external_ref = ? AND state != 'cancelled'
         ORDER BY created_at, id LIMIT 1`,
      )
      .all('cong-dich-vu-000777')
      .map((row) => row.detail);
    expect(plan).toContainEqual(
      expect.stringContaining('USING INDEX appointments_by_external_ref'),
    );
    database.close();
  });

  it('give each open sync record the route key of its kind and field, on upgrade', () => {
    const { file, previous } = databaseBefore('ADD COLUMN route_key');
    const insert = previous.prepare(
      `INSERT INTO sync_outbox (kind, order_key, field, idempotency_key, payload, state,
         next_attempt_at, created_at) VALUES (?, ?, ?, ?, '{}', ?, 0, 't')`,
    );
    const records: [OutboxKind, string | null, string][] = [
      ['dossier', 'dat-dai', 'pending'],
      ['dossier-status', 'dat-dai', 'parked'],
      ['rating', null, 'pending'],
      ['ticket-event', 'ho-tich', 'pending'],
      ['queue-stats', null, 'pending'],
      ['sms', null, 'pending'],
      ['rating', 'ho-tich', 'done'],
    ];
    records.forEach(([kind, field, state], index) =>
      insert.run(kind, `k${index}`, field, `i${index}`, state),
    );
    previous.close();

    const upgraded = openDatabase(file);
    const routeKeys = upgraded
      .prepare<[], { route_key: string }>('SELECT route_key FROM sync_outbox ORDER BY id')
      .all()
      .map((row) => row.route_key);
    // The same keys as new records get (delivered ones are never routed again).
    expect(routeKeys).toEqual([
      ...records.slice(0, -1).map(([kind, field]) => routeKeyOf(kind, field)),
      '',
    ]);
    expect(routeKeys.slice(0, -1)).toEqual([
      'field:dat-dai',
      'field:dat-dai',
      'field',
      'field:ho-tich',
      'queue-stats',
      'sms',
    ]);
    upgraded.close();
  });

  it('mark the sync records queued behind an open one of their order key, on upgrade', () => {
    const { file, previous } = databaseBefore('ADD COLUMN waiting_behind');
    const insert = previous.prepare(
      `INSERT INTO sync_outbox (kind, order_key, field, idempotency_key, payload, state,
         next_attempt_at, created_at) VALUES ('dossier', ?, NULL, ?, '{}', ?, ?, 't')`,
    );
    insert.run('d1', 'd1:1', 'done', 0);
    insert.run('d1', 'd1:2', 'pending', 90_000);
    insert.run('d1', 'd1:3', 'pending', 0);
    insert.run('d2', 'd2:1', 'parked', 0);
    insert.run('d2', 'd2:2', 'pending', 0);
    insert.run('d3', 'd3:1', 'pending', 0);
    previous.close();

    const upgraded = openDatabase(file);
    expect(
      upgraded.prepare('SELECT idempotency_key, waiting_behind FROM sync_outbox ORDER BY id').all(),
    ).toEqual([
      { idempotency_key: 'd1:1', waiting_behind: 0 },
      { idempotency_key: 'd1:2', waiting_behind: 0 },
      { idempotency_key: 'd1:3', waiting_behind: 1 },
      { idempotency_key: 'd2:1', waiting_behind: 0 },
      { idempotency_key: 'd2:2', waiting_behind: 1 },
      { idempotency_key: 'd3:1', waiting_behind: 0 },
    ]);
    upgraded.close();
  });

  it('keep the print request of a job an older server left sending, on upgrade', () => {
    const { file, previous } = databaseBefore('ADD COLUMN request_attempt');
    const insert = previous.prepare(
      `INSERT INTO print_jobs (job_id, device_id, document, state, attempts, created_at, updated_at)
       VALUES (?, 'kiosk-1', '{}', ?, ?, 't', 't')`,
    );
    // An older server sent a job under its count of sends when it was caught `sending`.
    insert.run('caught-sending', 'sending', 1);
    insert.run('waiting', 'queued', 0);
    insert.run('printed', 'printed', 2);
    previous.close();

    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      upgraded.prepare('SELECT job_id, request_attempt FROM print_jobs ORDER BY job_id').all(),
    ).toEqual([
      { job_id: 'caught-sending', request_attempt: 1 },
      { job_id: 'printed', request_attempt: null },
      { job_id: 'waiting', request_attempt: null },
    ]);
    upgraded.close();
  });

  it('build a new data folder from nothing', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'openops-migrate-'));
    folders.push(folder);
    const database = openDatabase(path.join(folder, 'queue.sqlite'));
    expect(database.prepare('SELECT COUNT(*) AS count FROM print_jobs').get()).toEqual({
      count: 0,
    });
    database.close();
  });
});
