import type { Namespace } from 'socket.io';
import type {
  Call,
  CentreSnapshot,
  CounterClientEvents,
  CounterServerEvents,
  DisplayClientEvents,
  DisplayServerEvents,
  KioskClientEvents,
  KioskServerEvents,
} from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { QueueService } from '../queue/queue-service';
import type { PrintDispatcher } from './print-dispatcher';

export type KioskNamespace = Namespace<KioskClientEvents, KioskServerEvents>;
export type CounterNamespace = Namespace<CounterClientEvents, CounterServerEvents>;
export type DisplayNamespace = Namespace<DisplayClientEvents, DisplayServerEvents>;

/** What every role's handlers share: the use cases, and ways to tell live clients of a change. */
export type RealtimeContext = {
  queue: QueueService;
  config: CentreConfigStore;
  printer: PrintDispatcher;
  snapshot: () => CentreSnapshot;
  /** Pushes the waiting counts to every kiosk, counter and display. */
  queueChanged: () => void;
  /** Pushes a call to displays and counters. */
  callMade: (call: Call) => void;
};
