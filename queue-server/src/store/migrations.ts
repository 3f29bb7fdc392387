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
  // Dossiers, their history, the sync outbox and the local copies pulled from OpenOPS (sync area).
  `
  CREATE TABLE dossier_sequences (
    agency_code TEXT NOT NULL,
    day TEXT NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (agency_code, day)
  ) WITHOUT ROWID;

  CREATE TABLE dossiers (
    code TEXT PRIMARY KEY,
    agency_code TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    procedure_code TEXT NOT NULL,
    procedure_name TEXT NOT NULL,
    service_id TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_id_masked TEXT,
    applicant_phone TEXT,
    applicant_address TEXT,
    documents TEXT NOT NULL,
    fees TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_day TEXT NOT NULL,
    return_date TEXT NOT NULL,
    status INTEGER NOT NULL,
    status_at TEXT NOT NULL,
    supplement_items TEXT NOT NULL DEFAULT '[]',
    returned_at TEXT,
    channel INTEGER NOT NULL,
    ticket_id TEXT,
    counter_id TEXT NOT NULL,
    officer_name TEXT NOT NULL,
    notify_by_sms INTEGER NOT NULL DEFAULT 0,
    history_count INTEGER NOT NULL
  );
  CREATE INDEX dossiers_by_day ON dossiers (received_day, status);
  CREATE INDEX dossiers_by_status ON dossiers (status, received_at);

  CREATE TABLE dossier_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_code TEXT NOT NULL REFERENCES dossiers (code),
    position INTEGER NOT NULL,
    status INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    note TEXT,
    UNIQUE (dossier_code, position)
  );

  CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    order_key TEXT NOT NULL,
    field TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    done_at TEXT,
    parked_at TEXT
  );
  CREATE INDEX sync_outbox_open_by_key ON sync_outbox (order_key, id) WHERE state != 'done';
  CREATE INDEX sync_outbox_by_state ON sync_outbox (state, id);

  CREATE TABLE sync_cursors (
    name TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE sync_remote_status (
    dossier_code TEXT PRIMARY KEY,
    status INTEGER NOT NULL,
    return_date TEXT,
    returned_at TEXT,
    fetched_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE sync_cache (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    fetched_at TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE notify_subscriptions (
    ticket_id TEXT PRIMARY KEY,
    phone TEXT NOT NULL,
    business_day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    notified_at TEXT
  ) WITHOUT ROWID;
  `,
  // Queue server core (issue 3): full ticket lifecycle, counters, sessions, pairing, appointments.
  `
  ALTER TABLE tickets ADD COLUMN priority_category_id TEXT;
  ALTER TABLE tickets ADD COLUMN priority_reason TEXT;
  ALTER TABLE tickets ADD COLUMN target_counter_id TEXT;
  ALTER TABLE tickets ADD COLUMN queued_at TEXT;
  ALTER TABLE tickets ADD COLUMN serving_started_at TEXT;
  ALTER TABLE tickets ADD COLUMN finished_at TEXT;
  ALTER TABLE tickets ADD COLUMN officer_id TEXT;
  ALTER TABLE tickets ADD COLUMN appointment_id TEXT;
  -- The service whose queue the ticket waits in; differs from service_id (which numbered it)
  -- after a transfer, so the number and its uniqueness never change.
  ALTER TABLE tickets ADD COLUMN queue_service_id TEXT;
  UPDATE tickets SET queued_at = issued_at, queue_service_id = service_id;
  CREATE INDEX tickets_queue ON tickets (business_day, state, queue_service_id, priority_category_id, queued_at);
  CREATE INDEX tickets_ahead ON tickets (business_day, queue_service_id, state, queued_at);
  CREATE INDEX tickets_by_counter ON tickets (counter_id, state);
  CREATE INDEX tickets_by_target ON tickets (target_counter_id, state);
  CREATE INDEX tickets_finished ON tickets (queue_service_id, finished_at);
  CREATE INDEX tickets_called ON tickets (business_day, called_at);

  ALTER TABLE ticket_events ADD COLUMN detail TEXT;
  CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id);
  CREATE INDEX ticket_events_by_counter ON ticket_events (counter_id, type);

  CREATE TABLE counter_states (
    counter_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    reason TEXT,
    held_by TEXT,
    since TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE officer_sessions (
    token_hash TEXT PRIMARY KEY,
    officer_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT
  ) WITHOUT ROWID;

  CREATE TABLE sign_in_failures (
    username TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    locked_until TEXT
  ) WITHOUT ROWID;

  CREATE TABLE pairing_requests (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    pairing_code TEXT NOT NULL,
    status TEXT NOT NULL,
    token TEXT,
    created_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT
  );

  CREATE TABLE device_tokens (
    token_hash TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT NOT NULL,
    revoked_at TEXT
  ) WITHOUT ROWID;

  CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    service_id TEXT NOT NULL,
    slot_start TEXT NOT NULL,
    citizen_name TEXT NOT NULL,
    phone TEXT,
    external_ref TEXT,
    state TEXT NOT NULL,
    ticket_id TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX appointments_by_slot ON appointments (slot_start);
  `,
  // Tables the devices and supervisor areas used to create on their own (IF NOT EXISTS keeps
  // data folders that already hold them), and the index that finds the outbox's next due
  // record without reading every pending one; "people ahead" and a counter's waiting count
  // counted from the index alone;
  // indexes on columns a new ticket leaves empty made partial, so issuing a ticket writes
  // four fewer index pages per commit.
  `
  CREATE TABLE IF NOT EXISTS print_jobs (
    job_id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    document TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    failure_code TEXT,
    failure_message TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS print_jobs_by_device_state ON print_jobs (device_id, state, created_at);

  CREATE TABLE IF NOT EXISTS supervisor_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE IF NOT EXISTS config_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    section TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL
  );

  CREATE INDEX sync_outbox_pending_due ON sync_outbox (next_attempt_at) WHERE state = 'pending';

  -- A reception sent twice (its answer lost) is stored once: the counter's request id.
  ALTER TABLE dossiers ADD COLUMN request_id TEXT;
  CREATE UNIQUE INDEX dossiers_by_request ON dossiers (request_id) WHERE request_id IS NOT NULL;

  DROP INDEX tickets_ahead;
  CREATE INDEX tickets_ahead
    ON tickets (business_day, queue_service_id, state, queued_at, sequence, target_counter_id);

  DROP INDEX tickets_by_counter;
  CREATE INDEX tickets_by_counter ON tickets (counter_id, state) WHERE counter_id IS NOT NULL;
  DROP INDEX tickets_by_target;
  CREATE INDEX tickets_by_target ON tickets (target_counter_id, state)
    WHERE target_counter_id IS NOT NULL;
  DROP INDEX tickets_finished;
  CREATE INDEX tickets_finished ON tickets (queue_service_id, finished_at)
    WHERE finished_at IS NOT NULL;
  DROP INDEX tickets_called;
  CREATE INDEX tickets_called ON tickets (business_day, called_at) WHERE called_at IS NOT NULL;
  -- No query reads by type and time, and tickets_queue leads with (business_day, state) too:
  -- each was one more page to write with every ticket and every change of state.
  DROP INDEX ticket_events_by_type;
  DROP INDEX tickets_by_day_state;
  -- The head of a queue read from the index in calling order (place, then number), with the
  -- transfer target beside it: one entry and one row, however many arrived in the same second.
  DROP INDEX tickets_queue;
  CREATE INDEX tickets_queue ON tickets
    (business_day, state, queue_service_id, priority_category_id, queued_at, sequence,
     target_counter_id);
  DROP INDEX ticket_events_by_counter;
  CREATE INDEX ticket_events_by_counter ON ticket_events (counter_id, type)
    WHERE counter_id IS NOT NULL;
  `,
  // The queue's indexes hold waiting tickets only, and the counters' index only tickets at a
  // counter now: as long as the queue, not the day. Called, served and finished tickets leave
  // them, so a call and a finish rewrite a page or two there instead of moving entries through
  // the day's ever longer run of finished ones.
  `
  DROP INDEX tickets_queue;
  CREATE INDEX tickets_queue ON tickets
    (business_day, queue_service_id, priority_category_id, queued_at, sequence, target_counter_id)
    WHERE state = 'waiting';
  DROP INDEX tickets_ahead;
  CREATE INDEX tickets_ahead ON tickets
    (business_day, queue_service_id, queued_at, sequence, target_counter_id)
    WHERE state = 'waiting';
  DROP INDEX tickets_by_counter;
  CREATE INDEX tickets_at_counter ON tickets (business_day, counter_id)
    WHERE state IN ('called', 'serving');
  `,
  // A service's last number of the day is read from its tickets (their unique index ends with
  // it): one row fewer to write with every ticket.
  `
  DROP TABLE day_sequences;
  `,
  // When each kiosk, display and counter PC was last heard from, so the floor still knows the
  // devices that have not come back after a server restart.
  `
  CREATE TABLE device_presence (
    kind TEXT NOT NULL,
    device_id TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (kind, device_id)
  ) WITHOUT ROWID;
  `,
  // Who last worked from each counter PC, and the counter each rating screen serves: the floor
  // judges from them whether an offline one is needed, also for one not back after a restart.
  `
  ALTER TABLE device_presence ADD COLUMN worked_by TEXT;
  ALTER TABLE device_presence ADD COLUMN counter_id TEXT;
  `,
  // A booking sent again is found by its external reference (`alreadyBooked` in the
  // appointment service) before every new booking: read from an index rather than every
  // booking the centre ever took. Bookings without a reference stay out of it.
  `
  CREATE INDEX appointments_by_external_ref ON appointments (external_ref)
    WHERE external_ref IS NOT NULL;
  `,
  // Sync outbox: a record queued behind an open record of its order key says so
  // (`waiting_behind`), so the worker finds the due heads of order keys from an index instead of
  // reading every pending record (a backlog of days offline), and learns when the next one is
  // due without counting records that cannot be sent yet. The delivery of a head clears the
  // flag of the record behind it. `sync_health` keeps, per backend (and the SMS gateway), the
  // last delivery and the last error with its time, for the supervisor, across restarts.
  `
  ALTER TABLE sync_outbox ADD COLUMN waiting_behind INTEGER NOT NULL DEFAULT 0;
  UPDATE sync_outbox SET waiting_behind = 1
  WHERE state = 'pending' AND EXISTS (
    SELECT 1 FROM sync_outbox earlier
    WHERE earlier.order_key = sync_outbox.order_key AND earlier.id < sync_outbox.id
      AND earlier.state != 'done');
  DROP INDEX sync_outbox_pending_due;
  CREATE INDEX sync_outbox_due_heads ON sync_outbox (next_attempt_at)
    WHERE state = 'pending' AND waiting_behind = 0;

  CREATE TABLE sync_health (
    receiver TEXT PRIMARY KEY,
    last_delivered_at TEXT,
    last_error TEXT,
    last_error_at TEXT
  ) WITHOUT ROWID;
  `,
  // The dossiers whose status the sync pull refreshes: those not in a final status (3 not
  // received, 8 processing stopped, 10 result returned), walked in code order from a cursor, so
  // each is refreshed in turn instead of the oldest fifty every time.
  `
  CREATE INDEX dossiers_open ON dossiers (code) WHERE status NOT IN (3, 8, 10);
  `,
  // Each print job keeps the number of the print request it was sent under (`attempt` on
  // `job:print`), so a job put back unanswered goes out again under that number also after a
  // server restart, and an agent that printed it does not print a second copy; a reprint
  // clears it (a new request). A job an older server left `sending` was sent under its count.
  `
  ALTER TABLE print_jobs ADD COLUMN request_attempt INTEGER;
  UPDATE print_jobs SET request_attempt = attempts WHERE state = 'sending';
  `,
  // Sync outbox: each record carries the part of it that chooses its receiver (`routeKeyOf`: SMS,
  // queue statistics, or the field), and the due heads are indexed by it too, so while a backend
  // is paused the worker finds the other receivers' records without reading (or rewriting) the
  // paused one's backlog. Delivered records are never routed again and keep ''.
  `
  ALTER TABLE sync_outbox ADD COLUMN route_key TEXT NOT NULL DEFAULT '';
  UPDATE sync_outbox SET route_key = CASE kind
      WHEN 'sms' THEN 'sms'
      WHEN 'queue-stats' THEN 'queue-stats' || coalesce(':' || field, '')
      ELSE 'field' || coalesce(':' || field, '')
    END
  WHERE state != 'done';
  CREATE INDEX sync_outbox_route_heads ON sync_outbox (route_key, next_attempt_at)
    WHERE state = 'pending' AND waiting_behind = 0;
  `,
  // The digest of the ID number each dossier was received under (`applicant-id-digest.ts`),
  // never the number itself: a citizen's card finds the dossiers by it at the kiosk. Dossiers
  // received before have none (only the last 4 digits were kept) and are found by their code.
  `
  CREATE TABLE dossier_applicant_ids (
    id_digest TEXT NOT NULL,
    dossier_code TEXT NOT NULL UNIQUE REFERENCES dossiers (code),
    PRIMARY KEY (id_digest, dossier_code)
  ) WITHOUT ROWID;
  `,
  // The receiving officer's account id beside the name the receipt prints: the per-officer
  // report counts by it, so renaming an officer, or two officers of one name, changes nothing.
  // Dossiers received before have only the name, and are counted by it.
  `
  ALTER TABLE dossiers ADD COLUMN officer_id TEXT;
  `,
  // The name each officer account last had in the configuration, kept after the account is
  // removed: reports still name a removed officer's figures and can be filtered by them. Seeded
  // from the names dossier receipts printed.
  `
  CREATE TABLE officer_names (
    officer_id TEXT PRIMARY KEY,
    name TEXT NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO officer_names (officer_id, name)
    SELECT officer_id, officer_name FROM (
      SELECT officer_id, officer_name, MAX(received_at) FROM dossiers
      WHERE officer_id IS NOT NULL GROUP BY officer_id
    );
  `,
  // A service's bookings still to check in, read with every ticket issued under a daily limit:
  // its own slots only, not every service's of the day.
  `
  CREATE INDEX appointments_booked_by_service ON appointments (service_id, slot_start)
    WHERE state = 'booked';
  `,
];
