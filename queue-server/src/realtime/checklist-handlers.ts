import type { Namespace, Server } from 'socket.io';
import {
  fail,
  inboundSchemas,
  namespaces,
  ok,
  type ChecklistPrinted,
  type KioskClientEvents,
  type KioskServerEvents,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { checklistDocument } from './checklist-document';
import type { PrintDispatcher } from './print-dispatcher';
import { deviceIdOf } from './socket-auth';
import { validated } from './validated-handler';

const log = createLogger('checklist');

/**
 * Kiosk `procedure:print-checklist`: prints a procedure's checklist on the asking kiosk's
 * printer. The procedure is read from the centre's configuration by id, never taken from the
 * client, so a kiosk cannot print anything but the configured checklist. Answers once the
 * printer took it, or with `printer-fault` / `printer-offline` (the job stays stored).
 */
export const attachChecklistPrinting = (
  io: Server,
  printer: PrintDispatcher,
  config: CentreConfigStore,
  clock: () => Date,
): void => {
  const kiosk = io.of(namespaces.kiosk) as unknown as Namespace<
    KioskClientEvents,
    KioskServerEvents
  >;
  kiosk.on('connection', (socket) => {
    socket.on(
      'procedure:print-checklist',
      validated(
        'procedure:print-checklist',
        inboundSchemas['procedure:print-checklist'],
        async (body): Promise<Reply<ChecklistPrinted>> => {
          const { centre, procedures } = config.current();
          const procedure = procedures.find((candidate) => candidate.id === body.procedureId);
          if (!procedure) return fail('not-found', `Không có thủ tục "${body.procedureId}"`);
          const document = checklistDocument(procedure, centre, clock().toISOString());
          const printed = await printer.print(deviceIdOf(socket), document);
          if (!printed.ok) {
            log.warn('checklist not printed', {
              procedureId: procedure.id,
              code: printed.error.code,
            });
            return printed;
          }
          return ok({ jobId: printed.data.jobId });
        },
      ),
    );
  });
};
