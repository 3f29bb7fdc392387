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
  // Ratings and the requests that collect them: one rating per request, per ticket and counter (ratings area).
  `
  CREATE TABLE rating_requests (
    id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL,
    ticket_number TEXT NOT NULL,
    counter_id TEXT NOT NULL,
    officer_id TEXT,
    service_id TEXT NOT NULL,
    dossier_code TEXT,
    device_id TEXT,
    channel TEXT NOT NULL,
    arm_id TEXT UNIQUE,
    state TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    closed_at TEXT
  );
  CREATE INDEX rating_requests_by_counter ON rating_requests (counter_id, state, requested_at);

  CREATE TABLE ratings (
    id TEXT PRIMARY KEY,
    request_id TEXT UNIQUE REFERENCES rating_requests (id),
    ticket_id TEXT NOT NULL,
    ticket_number TEXT NOT NULL,
    counter_id TEXT NOT NULL,
    officer_id TEXT,
    service_id TEXT NOT NULL,
    dossier_code TEXT,
    level TEXT NOT NULL,
    source TEXT NOT NULL,
    rated_at TEXT NOT NULL,
    business_day TEXT NOT NULL,
    UNIQUE (ticket_id, counter_id)
  );
  CREATE INDEX ratings_by_day ON ratings (business_day, counter_id);
  `,
];
