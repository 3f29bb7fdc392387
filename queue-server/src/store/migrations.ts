/** Schema migrations in order; the database's `user_version` counts those applied. Never edit one that shipped. */
export const migrations: readonly string[] = [
  `
  CREATE TABLE day_sequences (
    business_day TEXT NOT NULL,
    service_id TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (business_day, service_id)
  ) WITHOUT ROWID;

  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    business_day TEXT NOT NULL,
    service_id TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    number TEXT NOT NULL,
    state TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT,
    counter_id TEXT,
    called_at TEXT,
    UNIQUE (business_day, service_id, sequence)
  );
  CREATE INDEX tickets_by_day_state ON tickets (business_day, state, service_id, issued_at);

  CREATE TABLE ticket_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    type TEXT NOT NULL,
    actor TEXT,
    counter_id TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX ticket_events_by_type ON ticket_events (type, at);
  `,
];
