import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

/**
 * The baseline: a bare socket.io server in its own process, as the queue server runs. `echo`
 * acknowledges its payload; `trigger` broadcasts `tick` to every socket of the namespace.
 */
const httpServer = createServer();
const io = new Server(httpServer);
io.of('/bench').on('connection', (socket) => {
  socket.on('echo', (body: unknown, ack: (reply: unknown) => void) =>
    ack({ ok: true, data: body }),
  );
  socket.on('trigger', (body: unknown) => {
    io.of('/bench').emit('tick', body);
  });
});
httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address() as AddressInfo;
  process.stdout.write(`echo server listening on http://127.0.0.1:${port}\n`);
});
