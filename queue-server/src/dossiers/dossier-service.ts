import {
  chargeFees,
  citizenDossiersLimit,
  dossierStatusNames,
  returnDateRuns,
  fail,
  ok,
  type CitizenDossier,
  type CitizenDossiersBody,
  type Dossier,
  type DossierAction,
  type DossierDocument,
  type DossierLookup,
  type DossierWithHistory,
  type ListDossiersQuery,
  type ReceiveDossierBody,
  type Reply,
  type RequestSupplementBody,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';
import { businessDayOf } from '../domain/business-day';
import { returnDateOf } from '../domain/working-days';
import type { Notifier } from '../notifications/notifier';
import { procedureNameEn } from '../procedures/procedure-names';
import type { StatusPull } from '../sync/status-pull';
import type { ApplicantIdDigest } from './applicant-id-digest';
import { maskIdNumber } from './dossier-code';
import type { DossierRepository } from './dossier-repository';

const log = createLogger('dossiers');

export type DossierServiceDeps = {
  config: CentreConfigStore;
  dossiers: DossierRepository;
  notifier: Notifier;
  pull: StatusPull;
  clock: () => Date;
  /** The keyed digest a dossier keeps of its applicant's ID (see `applicant-id-digest.ts`). */
  idDigest: ApplicantIdDigest;
};

export type DossierService = ReturnType<typeof createDossierService>;

type Issue = { path: string; message: string };

/** Checks the documents handed in against the procedure's checklist. */
const checkDocuments = (
  body: ReceiveDossierBody,
  checklist: ReadonlyArray<{ id: string; name: string; quantity: number; required: boolean }>,
): { documents: DossierDocument[]; unknown: Issue[]; missing: Issue[] } => {
  const unknown: Issue[] = [];
  const seen = new Set<string>();
  const documents: DossierDocument[] = [];
  body.documents.forEach((received, index) => {
    const item = checklist.find((candidate) => candidate.id === received.documentId);
    if (!item) {
      unknown.push({
        path: `documents.${index}.documentId`,
        message: `giấy tờ không có trong danh mục: ${received.documentId}`,
      });
      return;
    }
    if (seen.has(item.id)) {
      unknown.push({
        path: `documents.${index}.documentId`,
        message: `giấy tờ ghi hai lần: ${item.id}`,
      });
      return;
    }
    seen.add(item.id);
    documents.push({
      documentId: item.id,
      name: item.name,
      form: received.form,
      quantity: received.quantity,
    });
  });
  const missing: Issue[] = checklist
    .filter((item) => item.required)
    .filter((item) => {
      const received = documents.find((document) => document.documentId === item.id);
      return !received || received.quantity < item.quantity;
    })
    .map((item) => ({ path: 'documents', message: `thiếu: ${item.name} (${item.quantity} bản)` }));
  return { documents, unknown, missing };
};

/** Dossier reception and its follow-up at the counter; replies are envelopes for the wire. */
export const createDossierService = (deps: DossierServiceDeps) => {
  const { config, dossiers, notifier, clock, idDigest } = deps;

  /** The dossier an earlier sending of the same reception stored, if any. */
  const alreadyReceived = (body: ReceiveDossierBody): Dossier | null =>
    body.requestId ? dossiers.byRequestId(body.requestId) : null;

  const receive = (body: ReceiveDossierBody, actor: string | null): Reply<Dossier> => {
    const repeated = alreadyReceived(body);
    if (repeated) return ok(repeated);
    const centre = config.current();
    const procedure = centre.procedures.find((candidate) => candidate.id === body.procedureId);
    if (!procedure)
      return fail('not-found', `Không có thủ tục "${body.procedureId}" (no such procedure)`);
    if (!centre.counters.some((counter) => counter.id === body.counterId)) {
      return fail('not-found', `Không có quầy "${body.counterId}" (no such counter)`);
    }
    if (body.notifyBySms && !body.applicant.phone) {
      return fail(
        'bad-request',
        'Cần số điện thoại để nhắn tin (a phone number is needed for SMS)',
        [{ path: 'applicant.phone', message: 'bắt buộc khi notifyBySms' }],
      );
    }
    if (body.notifyBySms && !notifier.enabled()) {
      return fail(
        'notifications-disabled',
        'Trung tâm chưa bật tin nhắn SMS (SMS notifications are off)',
      );
    }
    const { documents, unknown, missing } = checkDocuments(body, procedure.documents);
    if (unknown.length > 0)
      return fail('bad-request', 'Giấy tờ không hợp lệ (unknown documents)', unknown);
    if (missing.length > 0) {
      return fail(
        'missing-documents',
        'Hồ sơ thiếu giấy tờ bắt buộc (required documents missing)',
        missing,
      );
    }
    // A per-unit fee is charged for the pages or copies the officer counted, never once by default.
    const charged = chargeFees(procedure.fees, body.feeQuantities);
    if (charged.invalid.length > 0) {
      return fail(
        'bad-request',
        'Số trang/số bản ghi cho lệ phí không hợp lệ (invalid fee quantities)',
        charged.invalid,
      );
    }
    if (charged.missing.length > 0) {
      return fail(
        'missing-fee-quantity',
        'Cần nhập số trang hoặc số bản cho lệ phí tính theo số lượng (a per-unit fee needs its quantity)',
        charged.missing,
      );
    }
    const now = clock();
    const day = businessDayOf(now, centre.centre.timeZone);
    const dossier = dossiers.receive(
      {
        procedureId: procedure.id,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        serviceId: procedure.serviceId,
        applicant: {
          name: body.applicant.name,
          idMasked: body.applicant.idNumber
            ? maskIdNumber(body.applicant.idNumber)
            : (body.applicant.idMasked ?? null),
          phone: body.applicant.phone ?? null,
          address: body.applicant.address ?? null,
        },
        documents,
        fees: charged.lines,
        receivedAt: now.toISOString(),
        returnDate: returnDateOf(day, procedure.processingDays, centre.calendar),
        channel: 1,
        ticketId: body.ticketId ?? null,
        counterId: body.counterId,
        officerName: body.officerName,
        officerId: actor,
        notifyBySms: body.notifyBySms,
        requestId: body.requestId ?? null,
        // Only its digest: the card finds the dossier again, and no full number is stored.
        applicantIdDigest: body.applicant.idNumber ? idDigest(body.applicant.idNumber) : null,
      },
      centre.agencyCode,
      day,
    );
    log.info('dossier received', { code: dossier.code, procedure: procedure.code, by: actor });
    return ok(dossier);
  };

  const change = (
    code: string,
    action: DossierAction,
    actor: string | null,
    extra: { note?: string; items?: readonly string[] } = {},
  ): Reply<Dossier> => {
    const result = dossiers.changeStatus(
      {
        code,
        action,
        at: clock().toISOString(),
        actor,
        note: extra.note ?? null,
        supplementItems: extra.items ?? null,
      },
      (dossier) => {
        if (dossier.status === 9) notifier.dossierReady(dossier);
      },
    );
    if (result.ok) return ok(result.dossier);
    if (result.reason === 'not-found')
      return fail('not-found', `Không có hồ sơ "${code}" (no such dossier)`);
    const current = dossierStatusNames[result.current];
    return fail(
      'invalid-status-transition',
      `Hồ sơ đang ở trạng thái "${current.vi}", không thể thực hiện (dossier is "${current.en}")`,
    );
  };

  return {
    receive,
    alreadyReceived,
    get: (code: string): Reply<DossierWithHistory> => {
      const dossier = dossiers.byCode(code);
      return dossier
        ? ok({ ...dossier, history: dossiers.history(code) })
        : fail('not-found', `Không có hồ sơ "${code}" (no such dossier)`);
    },
    list: (query: ListDossiersQuery): Reply<Dossier[]> => ok(dossiers.list(query)),
    requestSupplement: (body: RequestSupplementBody, actor: string | null): Reply<Dossier> =>
      change(body.code, 'request-supplement', actor, {
        items: body.items,
        ...(body.note ? { note: body.note } : {}),
      }),
    supplementReceived: (code: string, actor: string | null): Reply<Dossier> =>
      change(code, 'supplement-received', actor),
    markProcessed: (code: string, actor: string | null): Reply<Dossier> =>
      change(code, 'mark-processed', actor),
    markReturned: (code: string, actor: string | null): Reply<Dossier> =>
      change(code, 'mark-returned', actor),
    /**
     * A scanned citizen's dossiers: those received under the card's ID or its old ID, the whole
     * number equal. Never by the last 4 digits a masked number keeps (other citizens share them),
     * so a dossier received with no full number is not listed. Newest first, bounded.
     */
    citizenDossiers: (body: CitizenDossiersBody): Reply<CitizenDossier[]> => {
      const idNumbers = body.oldIdNumber ? [body.idNumber, body.oldIdNumber] : [body.idNumber];
      const digests = idNumbers.map(idDigest);
      const { centre, procedures } = config.current();
      const today = businessDayOf(clock(), centre.timeZone);
      const found = dossiers
        .byApplicantIdDigests(digests, citizenDossiersLimit)
        .map((dossier): CitizenDossier => {
          const names = dossierStatusNames[dossier.status];
          const nameEn = procedureNameEn(procedures, dossier.procedureId);
          return {
            code: dossier.code,
            procedureName: dossier.procedureName,
            ...(nameEn === undefined ? {} : { procedureNameEn: nameEn }),
            status: dossier.status,
            statusName: names.vi,
            statusNameEn: names.en,
            receivedAt: dossier.receivedAt,
            returnDate: dossier.returnDate,
            late: returnDateRuns(dossier.status) && today > dossier.returnDate,
            supplementItems: dossier.supplementItems,
          };
        });
      return ok(found);
    },
    /** The kiosk's lookup: the backend when it answers in time, else the local copy with its age. */
    lookup: async (code: string): Promise<Reply<DossierLookup>> => {
      const found = await deps.pull.lookup(code);
      return found
        ? ok(found)
        : fail('not-found', `Không tìm thấy hồ sơ "${code}" (dossier not found)`);
    },
  };
};
