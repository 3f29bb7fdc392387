import type { Namespace, Server } from 'socket.io';
import {
  assertNever,
  ok,
  dossierInboundSchemas,
  namespaces,
  type CounterClientEvents,
  type CounterServerEvents,
  type Dossier,
  type DossierReceiptPrint,
  type KioskClientEvents,
  type KioskServerEvents,
  type Principal,
  type Reply,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { DossierArea } from '../dossiers/dossier-area';
import type { PrintDispatcher } from './print-dispatcher';
import { deviceIdOf, officerRequired, principalOf } from './socket-auth';
import { validated } from './validated-handler';

const log = createLogger('dossier-events');

const formNames = {
  original: 'Bản chính',
  copy: 'Bản sao',
  'certified-copy': 'Bản sao chứng thực',
  'original-or-copy': 'Bản chính hoặc bản sao',
} as const;

/** "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" for a received dossier. */
export const receiptOf = (dossier: Dossier, config: CentreConfigStore): DossierReceiptPrint => {
  const { centre } = config.current();
  return {
    kind: 'dossier-receipt',
    centreName: centre.name,
    dossierCode: dossier.code,
    applicantName: dossier.applicant.name,
    ...(dossier.applicant.idMasked ? { applicantIdMasked: dossier.applicant.idMasked } : {}),
    ...(dossier.applicant.phone ? { applicantPhone: dossier.applicant.phone } : {}),
    procedureName: dossier.procedureName,
    documents: dossier.documents.map((document) => ({
      name: document.name,
      form: formNames[document.form],
      quantity: document.quantity,
    })),
    fees: dossier.fees,
    receivedAt: dossier.receivedAt,
    returnDate: dossier.returnDate,
    officerName: dossier.officerName,
    timeZone: centre.timeZone,
    footer: 'Tra cứu hồ sơ tại ki-ốt bằng mã trên phiếu / Look up your dossier at the kiosk',
  };
};

/** Who a dossier's history records, and the name its receipt prints. */
type DossierOfficer = { actor: string | null; name: string | null };

/**
 * The officer acting on dossiers, as the REST routes decide: a signed-in officer, named as the
 * account is now (the receipt prints it, the sync sends it as `CanBoTiepNhan`, the per-officer
 * report counts by it), whatever the body says; an open demo's anonymous client, who has no
 * account (no actor, the body's name). A paired device (a counter PC's token) is no officer:
 * dossiers carry personal data, so it is refused `forbidden`.
 */
export const dossierOfficerOf = (
  principal: Principal,
  config: CentreConfigStore,
): Reply<DossierOfficer> => {
  switch (principal.kind) {
    case 'officer': {
      const account = (config.current().officers ?? []).find(
        (officer) => officer.id === principal.officerId,
      );
      return ok({ actor: principal.officerId, name: account?.name ?? principal.name });
    }
    case 'demo':
      return ok({ actor: null, name: null });
    case 'device':
      return officerRequired();
    default:
      return assertNever(principal);
  }
};

/**
 * Dossier events on the counter namespace (reception and follow-up, officers only as on REST;
 * the receipt goes to the counter's printer after the ack, so a printer fault never loses a
 * received dossier) and on the kiosk namespace (lookup, SMS opt-in). Call after the role
 * namespaces are attached.
 */
export const attachDossierEvents = (
  io: Server,
  area: DossierArea,
  printer: PrintDispatcher,
  config: CentreConfigStore,
): void => {
  const { dossiers, sync } = area;
  const counter = io.of(namespaces.counter) as unknown as Namespace<
    CounterClientEvents,
    CounterServerEvents
  >;
  const kiosk = io.of(namespaces.kiosk) as unknown as Namespace<
    KioskClientEvents,
    KioskServerEvents
  >;
  const schemas = dossierInboundSchemas;

  counter.on('connection', (socket) => {
    const officer = (): Reply<DossierOfficer> => dossierOfficerOf(principalOf(socket), config);
    /** Runs a dossier action for the socket's officer; a device is refused before it runs. */
    const asOfficer =
      <B, T>(run: (body: B, who: DossierOfficer) => Reply<T>) =>
      (body: B): Reply<T> => {
        const who = officer();
        return who.ok ? run(body, who.data) : who;
      };
    socket.on(
      'dossier:receive',
      validated(
        'dossier:receive',
        schemas['dossier:receive'],
        asOfficer((sent, who) => {
          const body = who.name === null ? sent : { ...sent, officerName: who.name };
          // Sent again after a lost answer: the stored dossier, with no second receipt.
          const repeated = dossiers.alreadyReceived(body);
          if (repeated) return ok(repeated);
          const reply = dossiers.receive(body, who.actor);
          if (reply.ok) {
            sync.worker.wake();
            // The counter PC's printer: the socket's device, whoever signed in on it.
            void printer
              .print(deviceIdOf(socket), receiptOf(reply.data, config))
              .then((printed) => {
                if (!printed.ok) {
                  log.warn('receipt not printed', {
                    code: reply.data.code,
                    reason: printed.error.code,
                  });
                }
              });
          }
          return reply;
        }),
      ),
    );
    socket.on(
      'dossier:get',
      validated(
        'dossier:get',
        schemas['dossier:get'],
        asOfficer((body) => dossiers.get(body.code)),
      ),
    );
    socket.on(
      'dossier:list',
      validated(
        'dossier:list',
        schemas['dossier:list'],
        asOfficer((body) => dossiers.list(body)),
      ),
    );
    const changed = <T extends { ok: boolean }>(reply: T): T => {
      if (reply.ok) sync.worker.wake();
      return reply;
    };
    socket.on(
      'dossier:request-supplement',
      validated(
        'dossier:request-supplement',
        schemas['dossier:request-supplement'],
        asOfficer((body, who) => changed(dossiers.requestSupplement(body, who.actor))),
      ),
    );
    socket.on(
      'dossier:supplement-received',
      validated(
        'dossier:supplement-received',
        schemas['dossier:supplement-received'],
        asOfficer((body, who) => changed(dossiers.supplementReceived(body.code, who.actor))),
      ),
    );
    socket.on(
      'dossier:mark-processed',
      validated(
        'dossier:mark-processed',
        schemas['dossier:mark-processed'],
        asOfficer((body, who) => changed(dossiers.markProcessed(body.code, who.actor))),
      ),
    );
    socket.on(
      'dossier:mark-returned',
      validated(
        'dossier:mark-returned',
        schemas['dossier:mark-returned'],
        asOfficer((body, who) => changed(dossiers.markReturned(body.code, who.actor))),
      ),
    );
    // As on REST, any device of the centre may sign a citizen up for a text.
    socket.on(
      'ticket:notify-opt-in',
      validated('ticket:notify-opt-in', schemas['ticket:notify-opt-in'], (body) =>
        sync.notifier.watchTicket(body.ticketId, body.phone),
      ),
    );
  });

  kiosk.on('connection', (socket) => {
    socket.on(
      'dossier:lookup',
      validated('dossier:lookup', schemas['dossier:lookup'], (body) => dossiers.lookup(body.code)),
    );
    socket.on(
      'dossier:citizen-list',
      validated('dossier:citizen-list', schemas['dossier:citizen-list'], (body) =>
        dossiers.citizenDossiers(body),
      ),
    );
    socket.on(
      'ticket:notify-opt-in',
      validated('ticket:notify-opt-in', schemas['ticket:notify-opt-in'], (body) =>
        sync.notifier.watchTicket(body.ticketId, body.phone),
      ),
    );
  });
};
