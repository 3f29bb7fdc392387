import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Server } from 'socket.io';
import { fail, maxMessageBytes } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { openCentreConfig } from './config/centre-config-store';
import { send } from './http/reply';
import { createAtomically, openDatabase } from './store/database';
import { createLateFlush } from './store/late-flush';
import { createTicketRepository } from './store/ticket-repository';
import { ticketPage } from './http/ticket-page';
import { createQueueService, type Clock } from './queue/queue-service';
import { createBookingReservations } from './appointments/booking-reservations';
import { createCounterRepository } from './store/counter-repository';
import { createSecurity } from './auth/security';
import { createAppointmentService } from './appointments/appointment-service';
import { restApi } from './http/rest-api';
import { defaultAppDist, hostedApps, staticApp, type HostedApp } from './http/static-apps';
import { attachNamespaces } from './realtime/namespaces';
import { recentCallsScope } from './realtime/display-zones';
import { createProcedureService } from './procedures/procedure-service';
import { procedureRoutes } from './http/procedure-routes';
import { attachProcedurePush } from './realtime/procedure-push';
import { createRatingRepository } from './ratings/rating-repository';
import { createRatingService } from './ratings/rating-service';
import { deviceRoutes } from './devices/device-routes';
import { ratingRoutes } from './http/rating-routes';
import { attachRatingEvents } from './realtime/rating-events';
import { businessDayOf } from './domain/business-day';
import { createDossierArea } from './dossiers/dossier-area';
import { loadApplicantIdKey } from './dossiers/applicant-id-digest';
import { dossierRoutes } from './http/dossier-routes';
import { syncRoutes } from './http/sync-routes';
import { attachDossierEvents } from './realtime/dossier-handlers';
import { attachChecklistPrinting } from './realtime/checklist-handlers';
import type { SyncOverrides } from './sync/sync-settings';
import { attachSupervisorArea } from './floor/supervisor-area';
import { defaultBackupsKept, startDailyBackups } from './store/daily-backup';
import { interfacesOrNone, trackingBaseOf, type ServerAddresses } from './realtime/tracking-base';

const log = createLogger('server');

export const serverVersion = '0.1.0';

export type ServerOptions = {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Host to bind; default all interfaces so the centre's LAN reaches it. */
  host?: string;
  /** Folder holding `centre.json` (lowdb) and `queue.sqlite`; created if missing. */
  dataDir: string;
  /** Create the demo centre when no configuration exists. Default false. */
  demo?: boolean;
  /**
   * Require tokens even on a demo centre. Without it a `--demo` server trusts clients that
   * present no token (demo only, logged). Default false.
   */
  secure?: boolean;
  /** Where each app's build is served from; default each app's `dist` folder. */
  appDist?: Partial<Record<HostedApp, string>>;
  clock?: Clock;
  /** OpenOPS sync settings over centre.json's `sync` section (`--backend`, `--sync-config`...). */
  sync?: SyncOverrides;
  /**
   * Daily copies of the store and configuration: default 14 days kept in `<dataDir>/backups`;
   * `keep: 0` turns them off.
   */
  backups?: { folder?: string; keep?: number };
};

export type RunningServer = {
  url: string;
  port: number;
  close: () => Promise<void>;
};

export const startServer = async (options: ServerOptions): Promise<RunningServer> => {
  const startedAt = Date.now();
  mkdirSync(options.dataDir, { recursive: true });
  const config = await openCentreConfig(path.join(options.dataDir, 'centre.json'), {
    demo: options.demo ?? false,
  });
  const database = openDatabase(path.join(options.dataDir, 'queue.sqlite'));
  const tickets = createTicketRepository(database);
  const clock = options.clock ?? (() => new Date());
  const atomically = createAtomically(database);
  const queue = createQueueService({
    config,
    tickets,
    clock,
    counters: createCounterRepository(database),
    atomically,
    lateFlush: createLateFlush(database, atomically),
    reservedForBookings: createBookingReservations(database, config),
  });
  const security = createSecurity({
    database,
    config,
    clock,
    openDemoAccess: (options.demo ?? false) && !(options.secure ?? false),
  });
  const keepBackups = options.backups?.keep ?? defaultBackupsKept;
  const backups =
    keepBackups > 0
      ? startDailyBackups({
          database,
          configFile: path.join(options.dataDir, 'centre.json'),
          folder: options.backups?.folder ?? path.join(options.dataDir, 'backups'),
          keep: keepBackups,
          today: () => businessDayOf(clock(), config.current().centre.timeZone),
          clock,
        })
      : null;

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const io = new Server(httpServer, {
    maxHttpBufferSize: maxMessageBytes,
    // Apps may be opened from any machine on the centre's LAN, or from an Electron shell.
    cors: { origin: true },
    // The apps bundle their own client; the bundled server has no client files to serve.
    serveClient: false,
  });
  const dossierArea = createDossierArea({
    database,
    config,
    clock,
    applicantIdKey: loadApplicantIdKey(options.dataDir),
    // The text says what the kiosk said: the people the calling policy puts ahead.
    peopleAhead: (ticketId) => {
      const ticket = queue.ticketById(ticketId);
      return ticket?.state === 'waiting' ? queue.positionOf(ticket).peopleAhead : null;
    },
    ...(options.sync ? { syncOverrides: options.sync } : {}),
  });
  const appointments = createAppointmentService({
    database,
    config,
    queue,
    clock,
    notifier: dossierArea.sync.notifier,
  });
  const addresses: ServerAddresses = {
    bindHost: options.host,
    interfaces: interfacesOrNone(networkInterfaces, (error) =>
      log.warn('network interfaces unreadable; tickets from this machine print no QR', {
        error: error.message,
      }),
    ),
  };
  const realtime = attachNamespaces({
    io,
    queue,
    config,
    database,
    security,
    appointments,
    smsEnabled: () => dossierArea.sync.notifier.enabled(),
    addresses,
  });
  const procedures = createProcedureService({ config, clock });
  attachProcedurePush(io, procedures);
  const ratings = createRatingService({
    ratings: createRatingRepository(database),
    tickets,
    config,
    keypad: realtime.keypads,
    clock,
    businessDayOf: (at) => businessDayOf(at, config.current().centre.timeZone),
  });
  attachRatingEvents(io, ratings);
  attachDossierEvents(io, dossierArea, realtime.printer, config);
  attachChecklistPrinting(io, realtime.printer, config, clock);
  ratings.onStored((rating) => dossierArea.sync.ratingStored(rating));
  const supervisor = attachSupervisorArea({
    io,
    database,
    config,
    devices: realtime.devices,
    security,
    clock,
    snapshot: realtime.snapshot,
    recentCallsFor: (view) => queue.recentCalls(recentCallsScope(view)),
    syncStatus: () => dossierArea.sync.status(),
    ...(backups ? { backups } : {}),
    queueChanged: () => queue.changes.emit({ kind: 'queue-changed' }),
  });

  app.use(
    '/api/v1',
    restApi(
      {
        queue,
        config,
        security,
        appointments,
        version: serverVersion,
        startedAt,
      },
      [
        supervisor.auditHooks,
        dossierRoutes(dossierArea),
        syncRoutes(dossierArea.sync),
        // Inside the API router: routers mounted after it never run (its 404 answers first).
        deviceRoutes(realtime.printer, realtime.devices, realtime.keypads),
        procedureRoutes(procedures),
        ratingRoutes(ratings),
        ...supervisor.routers,
      ],
    ),
  );
  // Another version, or none: a coded envelope like every API answer, not Express's HTML page.
  app.use('/api', (_request, response) => {
    send(response, fail('not-found', 'Không có phiên bản API này; dùng /api/v1 (use /api/v1)'));
  });
  app.use(ticketPage({ queue, config, clock }));
  hostedApps.forEach((name) => {
    app.use(`/${name}`, staticApp(options.appDist?.[name] ?? defaultAppDist(name), name));
  });
  app.get('/', (_request, response) => {
    response.redirect('/kiosk/');
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host && options.host !== '0.0.0.0' ? options.host : 'localhost'}:${port}`;
  dossierArea.sync.start();
  log.info('listening', { url, dataDir: options.dataDir, readyMs: Date.now() - startedAt });
  if (!config.current().centre.publicUrl) {
    // Said once, so whoever installs the server sees what a phone will be sent to, and sets
    // centre.publicUrl when that is not the address the citizens' network reaches.
    const local = trackingBaseOf(`localhost:${port}`, addresses);
    log[local ? 'info' : 'warn']('ticket QR address (centre.publicUrl unset)', {
      kioskOnNetwork: 'the address the kiosk reached the server at',
      kioskOnThisMachine: local ?? 'no QR: no LAN address, or listening on loopback only',
    });
  }

  return {
    url,
    port,
    close: async () => {
      realtime.stopPushes();
      ratings.close();
      supervisor.close();
      await dossierArea.sync.stop();
      await io.close();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await backups?.stop();
      database.close();
    },
  };
};
