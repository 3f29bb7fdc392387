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
import type { AppointmentService } from '../appointments/appointment-service';
import type { PrintDispatcher } from './print-dispatcher';
import type { DeviceHub } from '../devices/device-hub';
import type { KeypadDispatcher } from '../devices/keypad-dispatcher';

export type KioskNamespace = Namespace<KioskClientEvents, KioskServerEvents>;
export type CounterNamespace = Namespace<CounterClientEvents, CounterServerEvents>;
export type DisplayNamespace = Namespace<DisplayClientEvents, DisplayServerEvents>;

/** What every role's handlers share: the use cases, and ways to tell live clients of a change. */
export type RealtimeContext = {
  queue: QueueService;
  /** Appointment check-in at the kiosk. */
  appointments: AppointmentService;
  config: CentreConfigStore;
  printer: PrintDispatcher;
  /** Device health, printer status pushed to apps, classified scans. */
  devices: DeviceHub;
  /** Arms counter keypads; implements the ratings' `KeypadPort`. */
  keypads: KeypadDispatcher;
  snapshot: () => CentreSnapshot;
  /** Pushes the waiting counts to every kiosk, counter and display. */
  queueChanged: () => void;
  /** Pushes a call to displays and counters. */
  callMade: (call: Call) => void;
};
