import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { io, type Socket } from 'socket.io-client';
import {
  namespaces,
  pairingStateSchema,
  replySchema,
  serviceSchema,
  sessionSchema,
  type IssuedTicket,
  type Reply,
} from '@openops/protocol';
import { z } from 'zod';
import { startLoopbackPrinter, type LoopbackPrinter } from '../support/loopback-printer';
import { startQueueServer, type QueueServerProcess } from '../support/queue-server-process';
import { spawnEntry, type SpawnedProcess } from '../support/spawned-process';
import { temporaryFolder } from '../support/temporary-folder';

/**
 * The technician's path from an empty PC to a paired kiosk, with the shell's real logic
 * (headless: Electron cannot run here) against the real queue server: setup, two pairing
 * codes an admin approves over REST, then the kiosk's token and its hardware agent work.
 */
let server: QueueServerProcess;
let printer: LoopbackPrinter;
let shell: SpawnedProcess;
let configFile: string;

const api = async <T extends z.ZodType>(
  schema: T,
  route: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<z.infer<T>> => {
  const response = await fetch(`${server.url}/api/v1${route}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  // zod cannot narrow a generic envelope; the parse above it is what makes this safe.
  const reply = replySchema(schema).parse(await response.json()) as Reply<z.infer<T>>;
  if (!reply.ok) throw new Error(`${route}: ${reply.error.code} ${reply.error.message}`);
  return reply.data;
};

/** What an admin does on the approval page: find the request showing this code, approve it. */
const approveCode = async (adminToken: string, code: string): Promise<void> => {
  const pending = await api(z.array(pairingStateSchema), '/devices/pairing-requests', {
    token: adminToken,
  });
  const request = pending.find((state) => state.pairingCode === code);
  expect(request, `a pending request shows code ${code}`).toBeDefined();
  await api(pairingStateSchema, `/devices/pairing-requests/${request?.requestId ?? ''}/approve`, {
    method: 'POST',
    body: { pairingCode: code },
    token: adminToken,
  });
};

const connectKiosk = (deviceId: string, token: string): Socket =>
  io(`${server.url}${namespaces.kiosk}`, {
    auth: { deviceId, token },
    transports: ['websocket'],
    reconnection: false,
  });

test.beforeAll(async () => {
  server = await startQueueServer();
  printer = await startLoopbackPrinter();
  configFile = path.join(temporaryFolder('shell'), 'openops-shell.json');
  shell = spawnEntry('shell-pairing-headless', 'build/shell/src/headless-shell.ts', [
    '--app',
    'kiosk',
    '--config',
    configFile,
    '--server',
    server.url,
    '--name',
    'Kiosk sảnh tầng 1',
    '--pin',
    '2468',
    '--printer',
    printer.uri,
  ]);
});

test.afterAll(async () => {
  await shell?.stop();
  await printer?.close();
  await server?.stop();
});

test('an empty PC becomes a paired kiosk whose printer prints', async () => {
  const session = await api(sessionSchema, '/sessions', {
    method: 'POST',
    body: { username: 'admin', password: 'admin-demo' },
  });

  // Step 1: the kiosk itself. The code on screen is what the admin approves.
  const [, kioskCode] = await shell.waitForLine(/^view .*"code":"(\d{6})"/m);
  await approveCode(session.token, kioskCode ?? '');

  // Step 2: its hardware agent, a device of its own on /agent.
  const [, agentCode] = await shell.waitForLine(/^view .*Bước 2[^\n]*"code":"(\d{6})"/m);
  expect(agentCode).not.toBe(kioskCode);
  await approveCode(session.token, agentCode ?? '');

  const [, appUrl] = await shell.waitForLine(/^app (\S+)$/m);
  const config = z
    .object({ deviceId: z.string(), token: z.string(), agentToken: z.string() })
    .parse(JSON.parse(readFileSync(configFile, 'utf8')));
  expect(appUrl).toBe(`${server.url}/kiosk/?device=${config.deviceId}`);
  expect(readFileSync(configFile, 'utf8')).not.toContain('2468');

  // The kiosk's token opens /kiosk, and a ticket it issues comes out of its printer.
  const services = await api(z.array(serviceSchema), '/services');
  const kiosk = connectKiosk(config.deviceId, config.token);
  try {
    const issued = await new Promise<Reply<IssuedTicket>>((resolve) => {
      kiosk.emit('ticket:issue', { serviceId: services[0]?.id }, resolve);
    });
    if (!issued.ok) throw new Error(`ticket refused: ${issued.error.code}`);
    const number = issued.data.ticket.number;
    await printer.waitFor((bytes) => bytes.includes(number), 20_000);
  } finally {
    kiosk.close();
  }
});

test('a made-up token is refused at the handshake', async () => {
  const kiosk = connectKiosk('kiosk-impostor', 'not-a-real-token');
  try {
    const error = await new Promise<Error>((resolve) => kiosk.once('connect_error', resolve));
    expect(error.message).toMatch(/unauthorized/);
  } finally {
    kiosk.close();
  }
});
