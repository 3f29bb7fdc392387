import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';

/**
 * The baselines: a bare socket.io server in its own process, as the queue server runs. `echo`
 * acknowledges its payload; `durable` first stores it as one row, committed and flushed to
 * disk as the queue server commits (WAL, synchronous=FULL): the least any durable
 * acknowledgement costs on this machine. `trigger` broadcasts `tick` to every socket of the
 * namespace.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'openops-echo-'));
const database = new Database(path.join(folder, 'echo.sqlite'));
database.pragma('journal_mode = WAL');
database.pragma('synchronous = FULL');
database.exec('CREATE TABLE acks (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
const store = database.prepare('INSERT INTO acks (body) VALUES (?)');

const httpServer = createServer();
const io = new Server(httpServer);
io.of('/bench').on('connection', (socket) => {
  socket.on('echo', (body: unknown, ack: (reply: unknown) => void) =>
    ack({ ok: true, data: body }),
  );
  socket.on('durable', (body: unknown, ack: (reply: unknown) => void) => {
    store.run(JSON.stringify(body));
    ack({ ok: true, data: body });
  });
  socket.on('trigger', (body: unknown) => {
    io.of('/bench').emit('tick', body);
  });
});
httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  process.stdout.write(`echo server listening on http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => {
  database.close();
  rmSync(folder, { recursive: true, force: true });
  process.exit(0);
});
