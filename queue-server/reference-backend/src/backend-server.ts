import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  dossierStatusSchema,
  faultSettingsSchema,
  nationalCatalogueSchema,
  type FaultSettings,
  type NationalCatalogue,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { z } from 'zod';
import { createBackendState, type RecordKind } from './backend-state';
import { seedCatalogue } from './catalogue';
import { decideFault, noFaults } from './faults';
import { BodyError, readJson, sendJson } from './http-io';
import { openJournal } from './journal';

const log = createLogger('reference-backend');

export type ReferenceBackendOptions = {
  port: number;
  /** Default 127.0.0.1: the reference backend is for tests and demos. */
  host?: string;
  /** Folder for `journal.jsonl`; created if missing. */
  dataDir: string;
  /** The centre key every `/v1` request must carry as `Authorization: Bearer`. */
  centreKey: string;
  /** Key the SMS endpoint requires; default none. */
  smsKey?: string;
  /** fsync each stored record before acknowledging it. Default true. */
  fsync?: boolean;
  random?: () => number;
};

export type RunningBackend = {
  url: string;
  port: number;
  close: () => Promise<void>;
};

const pushRoutes: Array<{ pattern: RegExp; kind: RecordKind }> = [
  { pattern: /^\/v1\/dossiers$/, kind: 'dossier' },
  { pattern: /^\/v1\/dossiers\/([^/]+)\/status$/, kind: 'dossier-status' },
  { pattern: /^\/v1\/ratings$/, kind: 'rating' },
  { pattern: /^\/v1\/ticket-events$/, kind: 'ticket-event' },
  { pattern: /^\/v1\/queue-stats$/, kind: 'queue-stats' },
  { pattern: /^\/sms\/messages$/, kind: 'sms' },
];

const adminStatusSchema = z.object({ TrangThaiHoSo: dossierStatusSchema });

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A real HTTP server implementing docs/sync-contract.md with its own storage. */
export const startReferenceBackend = async (
  options: ReferenceBackendOptions,
): Promise<RunningBackend> => {
  mkdirSync(options.dataDir, { recursive: true });
  const journal = openJournal(path.join(options.dataDir, 'journal.jsonl'), {
    fsync: options.fsync ?? true,
  });
  const state = createBackendState(journal);
  const random = options.random ?? Math.random;
  let faults: FaultSettings = noFaults;
  let catalogue: NationalCatalogue = seedCatalogue;

  const authorised = (request: IncomingMessage, kind: RecordKind | 'pull'): boolean => {
    const header = request.headers.authorization ?? '';
    if (kind === 'sms') return !options.smsKey || header === `Bearer ${options.smsKey}`;
    return header === `Bearer ${options.centreKey}` && Boolean(request.headers['x-openops-centre']);
  };

  const admin = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> => {
    const method = request.method ?? 'GET';
    if (url.pathname === '/admin/faults' && method === 'PUT') {
      const parsed = faultSettingsSchema.safeParse(await readJson(request));
      if (!parsed.success)
        return sendJson(response, 400, {
          ok: false,
          error: { code: 'bad-request', message: parsed.error.message },
        });
      faults = parsed.data;
      log.info('faults set', { ...faults });
      return sendJson(response, 200, { ok: true, data: faults });
    }
    if (url.pathname === '/admin/faults')
      return sendJson(response, 200, { ok: true, data: faults });
    if (url.pathname === '/admin/stats')
      return sendJson(response, 200, { ok: true, data: state.stats() });
    if (url.pathname === '/admin/records') {
      return sendJson(response, 200, {
        ok: true,
        data: state.records(url.searchParams.get('kind') ?? undefined),
      });
    }
    if (url.pathname === '/admin/catalogue' && method === 'PUT') {
      const parsed = nationalCatalogueSchema.safeParse(await readJson(request));
      if (!parsed.success)
        return sendJson(response, 400, {
          ok: false,
          error: { code: 'bad-request', message: parsed.error.message },
        });
      catalogue = parsed.data;
      return sendJson(response, 200, { ok: true, data: catalogue });
    }
    const statusMatch = /^\/admin\/dossiers\/([^/]+)\/status$/.exec(url.pathname);
    if (statusMatch && method === 'PUT') {
      const parsed = adminStatusSchema.safeParse(await readJson(request));
      if (!parsed.success)
        return sendJson(response, 400, {
          ok: false,
          error: { code: 'bad-request', message: parsed.error.message },
        });
      const code = decodeURIComponent(statusMatch[1] ?? '');
      if (!state.setStatus(code, parsed.data.TrangThaiHoSo)) {
        return sendJson(response, 404, {
          ok: false,
          error: { code: 'not-found', message: 'Không có hồ sơ' },
        });
      }
      // Answer once the decision is on disk, as for a pushed record.
      await journal.flushed();
      return sendJson(response, 200, { ok: true, data: state.statusOf(code) });
    }
    return sendJson(response, 404, {
      ok: false,
      error: { code: 'not-found', message: 'Không có đường dẫn' },
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://backend');
    const method = request.method ?? 'GET';
    if (url.pathname.startsWith('/admin/')) return admin(request, response, url);

    const decision = decideFault(faults, random);
    if (decision.kind === 'drop') {
      state.countFault();
      request.socket.destroy();
      return undefined;
    }
    if (decision.kind === 'fail') {
      state.countFault();
      const status = faults.mode === 'fail' ? 503 : 500;
      return sendJson(response, status, {
        ok: false,
        error: {
          code: status === 503 ? 'unavailable' : 'internal',
          message: 'Lỗi giả lập (injected fault)',
        },
      });
    }
    if (decision.kind === 'delay') await wait(decision.ms);

    if (method === 'GET') {
      if (!authorised(request, 'pull')) {
        return sendJson(response, 401, {
          ok: false,
          error: { code: 'unauthorized', message: 'Sai khoá trung tâm' },
        });
      }
      if (url.pathname === '/v1/procedures')
        return sendJson(response, 200, { ok: true, data: catalogue });
      const match = /^\/v1\/dossiers\/([^/]+)\/status$/.exec(url.pathname);
      const status = match ? state.statusOf(decodeURIComponent(match[1] ?? '')) : null;
      return status
        ? sendJson(response, 200, { ok: true, data: status })
        : sendJson(response, 404, {
            ok: false,
            error: { code: 'not-found', message: 'Không có hồ sơ' },
          });
    }

    const route =
      method === 'POST'
        ? pushRoutes.find((candidate) => candidate.pattern.test(url.pathname))
        : undefined;
    if (!route) {
      return sendJson(response, 404, {
        ok: false,
        error: { code: 'not-found', message: 'Không có đường dẫn' },
      });
    }
    if (!authorised(request, route.kind)) {
      return sendJson(response, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Sai khoá trung tâm' },
      });
    }
    const body = await readJson(request);
    const pathCode =
      route.kind === 'dossier-status'
        ? decodeURIComponent(route.pattern.exec(url.pathname)?.[1] ?? '')
        : undefined;
    const keyHeader = request.headers['idempotency-key'];
    const reply = state.apply(
      route.kind,
      typeof keyHeader === 'string' ? keyHeader : null,
      body,
      pathCode,
    );
    // Acknowledge only what is on disk; a duplicate waits too, in case its original is not yet.
    await journal.flushed();
    if (decision.kind === 'store-then-hang') {
      state.countFault();
      await wait(decision.ms);
    }
    return sendJson(response, reply.status, reply.body);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof BodyError) {
        sendJson(response, error.status, {
          ok: false,
          error: { code: 'bad-request', message: error.message },
        });
        return;
      }
      log.error('request failed', { error: (error as Error).message });
      sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'Lỗi máy chủ' } });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      journal.close();
    },
  };
};
