import { networkInterfaces } from 'node:os';
import type { Server } from 'socket.io';
import {
  namespaces,
  type AgentClientEvents,
  type AgentServerEvents,
  type Call,
  type CounterClientEvents,
  type CounterServerEvents,
  type DisplayClientEvents,
  type DisplayServerEvents,
  type KioskClientEvents,
  type KioskServerEvents,
} from '@openops/protocol';
import type { QueueService } from '../queue/queue-service';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import { attachDevices } from '../devices/attach-devices';
import type { RealtimeContext } from './realtime-context';
import { roleNamespace } from './socket-auth';
import { refuseUnknownRatingCounter } from './rating-screen-guard';
import { watchServiceAvailability } from './availability-watch';
import { pushQueueChanges } from './queue-push';
import type { Security } from '../auth/security';
import type { AppointmentService } from '../appointments/appointment-service';
import { handleKiosks } from './kiosk-namespace';
import type { ServerAddresses } from './tracking-base';
import { handleCounters } from './counter-namespace';
import { releaseOnCredentialEnd } from './live-sessions';
import { callToDisplays, handleDisplays } from './display-namespace';

type Deps = {
  io: Server;
  queue: QueueService;
  config: CentreConfigStore;
  /** Checks every handshake's token and role; without it every client is a demo client. */
  security?: Security;
  appointments: AppointmentService;
  /** The operational store, for durable print jobs; default `queue.sqlite` beside the configuration. */
  database?: SqliteDatabase;
  /** Whether texts can be sent (an SMS gateway is configured); default no. */
  smsEnabled?: () => boolean;
  /** Where phones reach the server (ticket QRs); default listening on every interface. */
  addresses?: ServerAddresses;
};

/** Wires the per-role socket.io namespaces to the queue's use cases. */
export const attachNamespaces = ({
  io,
  queue,
  config,
  database,
  security,
  appointments,
  smsEnabled = () => false,
  addresses = { interfaces: networkInterfaces },
}: Deps): RealtimeContext & { stopPushes: () => void } => {
  const kiosk = roleNamespace<KioskClientEvents, KioskServerEvents>(io, namespaces.kiosk, security);
  const counter = roleNamespace<CounterClientEvents, CounterServerEvents>(
    io,
    namespaces.counter,
    security,
  );
  // After the handshake check (registered first), which has read a rating page's counter.
  io.of(namespaces.counter).use(refuseUnknownRatingCounter(config));
  const display = roleNamespace<DisplayClientEvents, DisplayServerEvents>(
    io,
    namespaces.display,
    security,
  );
  const agent = roleNamespace<AgentClientEvents, AgentServerEvents>(io, namespaces.agent, security);
  // A signed-out, expired or revoked credential's sockets are let go at once.
  const stopReleasing = security
    ? [namespaces.kiosk, namespaces.counter, namespaces.display, namespaces.agent].map((name) =>
        releaseOnCredentialEnd(io.of(name), security),
      )
    : [];
  const hardware = attachDevices({
    io,
    kiosk,
    counter,
    agent,
    config,
    ...(database ? { database } : {}),
    ...(security ? { pairedDevices: () => security.pairing.devices() } : {}),
  });

  const context: RealtimeContext = {
    queue,
    appointments,
    config,
    printer: hardware.printer,
    devices: hardware.devices,
    keypads: hardware.keypads,
    snapshot: () => {
      const { centre, services, counters, fields, priorityCategories } = config.current();
      return {
        centre,
        services,
        counters,
        fields,
        priorityCategories,
        smsNotifications: smsEnabled(),
      };
    },
    queueChanged: () => {
      const summary = queue.summary();
      kiosk.emit('queue:summary', summary);
      counter.emit('queue:summary', summary);
      display.emit('queue:summary', summary);
    },
    callMade: (call: Call) => {
      callToDisplays(display, config, call);
      counter.emit('call:made', call);
    },
  };

  handleKiosks(kiosk, context, addresses);
  handleCounters(counter, context);
  const stopQueuePushes = pushQueueChanges(context, counter);
  const stopAvailabilityWatch = watchServiceAvailability(context.queue);
  handleDisplays(display, context);
  // The server calls it on close, before the store: a timed push must not read a closed store.
  const stopPushes = (): void => {
    stopQueuePushes();
    stopAvailabilityWatch();
    stopReleasing.forEach((stop) => stop());
  };
  return { ...context, stopPushes };
};
