import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export type HeaderProxy = { url: string; close: () => Promise<void> };

/** Headers in the shape Electron's `onHeadersReceived` gives them: name → values. */
export type HeaderRewrite = (
  url: string,
  headers: Record<string, string[]>,
) => Record<string, string[]>;

const asLists = (headers: IncomingHttpHeaders): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? value : [value]]],
    ),
  );

/**
 * A loopback reverse proxy that rewrites response headers the way the Electron shell does
 * (its `onHeadersReceived` hook), so a real browser loads the real apps under them.
 * WebSocket upgrades are piped through untouched. `rewrite` sees the URL as the browser
 * asked for it, on the proxy's origin.
 */
export const startHeaderProxy = async (
  targetUrl: string,
  rewrite: HeaderRewrite,
): Promise<HeaderProxy> => {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  let origin = '';
  const server: Server = createServer((incoming, outgoing) => {
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (response) => {
        const headers = rewrite(`${origin}${incoming.url ?? '/'}`, asLists(response.headers));
        outgoing.writeHead(response.statusCode ?? 502, headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (incoming, client: Socket, head: Buffer) => {
    const upstream = connect(Number(target.port), target.hostname, () => {
      const lines = [`${incoming.method ?? 'GET'} ${incoming.url ?? '/'} HTTP/1.1`];
      for (let index = 0; index < incoming.rawHeaders.length; index += 2) {
        lines.push(`${incoming.rawHeaders[index] ?? ''}: ${incoming.rawHeaders[index + 1] ?? ''}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    url: origin,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
