import type { Namespace, Server } from 'socket.io';
import { namespaces, type ProceduresChangedEvent } from '@openops/protocol';
import type { ProcedureService } from '../procedures/procedure-service';

type ProcedureEvents = { 'procedures:changed': (event: ProceduresChangedEvent) => void };

/**
 * Sends the procedure list to every kiosk and counter on connect and after each edit, so a
 * checklist change shows on every screen without a restart. Call after the role namespaces are
 * attached: `io.of` then returns them with their handshake check in place.
 */
export const attachProcedurePush = (io: Server, procedures: ProcedureService): void => {
  // Only this event is sent here; the narrow map keeps the emit typed without the roles' full maps.
  const targets = [namespaces.kiosk, namespaces.counter].map(
    (name) => io.of(name) as unknown as Namespace<Record<string, never>, ProcedureEvents>,
  );
  targets.forEach((namespace) => {
    namespace.on('connection', (socket) => {
      socket.emit('procedures:changed', procedures.snapshot(null));
    });
  });
  procedures.subscribe((event) => {
    targets.forEach((namespace) => namespace.emit('procedures:changed', event));
  });
};
