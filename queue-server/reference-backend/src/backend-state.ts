import {
  dossierStatusSchema,
  nationalDossierSchema,
  nationalQueueStatsSchema,
  nationalRatingSchema,
  nationalStatusChangeSchema,
  nationalTicketEventSchema,
  smsMessageSchema,
  type BackendErrorCode,
  type BackendStats,
  type DossierStatus,
  type NationalStatusReply,
} from '@openops/protocol';
import { z } from 'zod';
import type { Journal, JournalEntry } from './journal';

/** What the backend stores, by the path it was pushed to. */
export const recordKinds = [
  'dossier',
  'dossier-status',
  'rating',
  'ticket-event',
  'queue-stats',
  'sms',
] as const;
export type RecordKind = (typeof recordKinds)[number];

const schemas = {
  dossier: nationalDossierSchema,
  'dossier-status': nationalStatusChangeSchema,
  rating: nationalRatingSchema,
  'ticket-event': nationalTicketEventSchema,
  'queue-stats': nationalQueueStatsSchema,
  sms: smsMessageSchema,
} satisfies Record<RecordKind, z.ZodType>;

export type ApplyReply =
  | { status: 200; body: { ok: true; data: { duplicate: boolean; receivedAt: string } } }
  | {
      status: number;
      body: {
        ok: false;
        error: {
          code: BackendErrorCode;
          message: string;
          issues?: Array<{ path: string; message: string }>;
        };
      };
    };

type DossierState = {
  code: string;
  status: DossierStatus;
  position: number;
  returnDate: string | null;
  returnedAt: string | null;
  updatedAt: string;
};

const failure = (
  status: number,
  code: BackendErrorCode,
  message: string,
  issues?: Array<{ path: string; message: string }>,
): ApplyReply => ({
  status,
  body: { ok: false, error: issues ? { code, message, issues } : { code, message } },
});

/** The business identity of a record: the same identity under two keys is a duplicate record. */
const identityOf = (kind: RecordKind, body: Record<string, unknown>): string => {
  switch (kind) {
    case 'dossier':
      return `dossier:${String(body.MaHoSo)}:1`;
    case 'dossier-status':
      return `dossier:${String(body.MaHoSo)}:${String(body.ThuTu)}`;
    case 'rating':
      return `rating:${String(body.MaDanhGia)}`;
    case 'ticket-event':
      return `ticket-event:${String(body.MaSuKien)}`;
    case 'queue-stats':
      return `queue-stats:${String(body.MaCoQuan)}:${String(body.ThoiDiem)}`;
    case 'sms':
      return `sms:${String(body.clientRef)}`;
  }
};

/** Journal entries of the admin API's status decisions; not a record kind a centre pushes. */
const departmentDecisionKind = 'department-decision';
const departmentDecisionSchema = z.object({
  MaHoSo: z.string(),
  TrangThaiHoSo: dossierStatusSchema,
  ThoiGianCapNhat: z.string(),
});

/** `yyyyMMddHHmmss` (Asia/Ho_Chi_Minh) of an instant. */
export const nationalNow = (now: Date): string =>
  new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');

/**
 * The reference backend's model: applies pushed records once per idempotency key, in order per
 * dossier, and counts what a correct centre should never cause (duplicate records, gaps).
 */
export const createBackendState = (journal: Journal, clock: () => Date = () => new Date()) => {
  const appliedKeys = new Set<string>();
  const identities = new Set<string>();
  const dossiers = new Map<string, DossierState>();
  const records: JournalEntry[] = [];
  const stored: Record<string, number> = {};
  const counters = {
    duplicateRequests: 0,
    duplicateRecords: 0,
    outOfOrder: 0,
    faulted: 0,
    smsDuplicates: 0,
  };

  /** A department's decision: the dossier's status changes, no record is stored. */
  const decide = (body: unknown): void => {
    const decision = departmentDecisionSchema.safeParse(body);
    const dossier = decision.success ? dossiers.get(decision.data.MaHoSo) : undefined;
    if (!decision.success || !dossier) return;
    dossier.status = decision.data.TrangThaiHoSo;
    dossier.updatedAt = decision.data.ThoiGianCapNhat;
  };

  const remember = (entry: JournalEntry): void => {
    if (entry.kind === departmentDecisionKind) {
      decide(entry.body);
      return;
    }
    const kind = entry.kind as RecordKind;
    const body = entry.body as Record<string, unknown>;
    appliedKeys.add(entry.key);
    identities.add(identityOf(kind, body));
    records.push(entry);
    stored[kind] = (stored[kind] ?? 0) + 1;
    if (kind === 'dossier') {
      dossiers.set(String(body.MaHoSo), {
        code: String(body.MaHoSo),
        status: body.TrangThaiHoSo as DossierStatus,
        position: 1,
        returnDate: String(body.NgayHenTra),
        returnedAt: null,
        updatedAt: String(body.NgayTiepNhan),
      });
    }
    if (kind === 'dossier-status') {
      const dossier = dossiers.get(String(body.MaHoSo));
      if (dossier) {
        dossier.status = body.TrangThaiHoSo as DossierStatus;
        dossier.position = Number(body.ThuTu);
        dossier.updatedAt = String(body.ThoiGianCapNhat);
        if (typeof body.NgayTra === 'string') dossier.returnedAt = body.NgayTra;
      }
    }
  };
  journal.replay().forEach(remember);

  const apply = (
    kind: RecordKind,
    key: string | null,
    input: unknown,
    pathCode?: string,
  ): ApplyReply => {
    if (!key || key.length > 200) {
      return failure(
        400,
        'bad-request',
        'Thiếu tiêu đề Idempotency-Key (Idempotency-Key header required)',
      );
    }
    if (appliedKeys.has(key)) {
      counters.duplicateRequests += 1;
      if (kind === 'sms') counters.smsDuplicates += 1;
      return {
        status: 200,
        body: { ok: true, data: { duplicate: true, receivedAt: clock().toISOString() } },
      };
    }
    const parsed = schemas[kind].safeParse(input);
    if (!parsed.success) {
      return failure(
        400,
        'bad-request',
        'Dữ liệu không hợp lệ',
        parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || '(root)',
          message: issue.message,
        })),
      );
    }
    const body = parsed.data as Record<string, unknown>;
    if (pathCode !== undefined && body.MaHoSo !== pathCode) {
      return failure(400, 'bad-request', 'MaHoSo khác mã trên đường dẫn');
    }
    const identity = identityOf(kind, body);
    if (identities.has(identity)) {
      counters.duplicateRecords += 1;
      return failure(409, 'conflict', `Bản ghi ${identity} đã có với khoá khác`);
    }
    if (kind === 'dossier-status') {
      const dossier = dossiers.get(String(body.MaHoSo));
      const expected = (dossier?.position ?? 0) + 1;
      if (!dossier || Number(body.ThuTu) !== expected) {
        counters.outOfOrder += 1;
        return failure(
          409,
          'out-of-order',
          `Chờ bản ghi thứ ${expected} của hồ sơ ${String(body.MaHoSo)}`,
        );
      }
    }
    const entry: JournalEntry = { key, kind, body, at: clock().toISOString() };
    journal.append(entry);
    remember(entry);
    return { status: 200, body: { ok: true, data: { duplicate: false, receivedAt: entry.at } } };
  };

  return {
    apply,
    statusOf: (code: string): NationalStatusReply | null => {
      const dossier = dossiers.get(code);
      if (!dossier) return null;
      return {
        MaHoSo: dossier.code,
        TrangThaiHoSo: dossier.status,
        NgayHenTra: dossier.returnDate,
        NgayTra: dossier.returnedAt,
        ThoiGianCapNhat: dossier.updatedAt,
      };
    },
    /**
     * A department's decision made at the backend (admin API), not pushed by the centre:
     * journaled like a pushed record, so the pull still sees it after the backend restarts.
     * Durable once `journal.flushed()` resolves.
     */
    setStatus: (code: string, status: DossierStatus): boolean => {
      if (!dossiers.has(code)) return false;
      const now = clock();
      const entry: JournalEntry = {
        key: `${departmentDecisionKind}:${code}:${now.toISOString()}`,
        kind: departmentDecisionKind,
        body: { MaHoSo: code, TrangThaiHoSo: status, ThoiGianCapNhat: nationalNow(now) },
        at: now.toISOString(),
      };
      journal.append(entry);
      decide(entry.body);
      return true;
    },
    countFault: (): void => {
      counters.faulted += 1;
    },
    records: (kind?: string): JournalEntry[] =>
      kind ? records.filter((entry) => entry.kind === kind) : [...records],
    stats: (): BackendStats => ({
      stored: { ...stored },
      duplicateRequests: counters.duplicateRequests,
      duplicateRecords: counters.duplicateRecords,
      outOfOrder: counters.outOfOrder,
      faulted: counters.faulted,
      sms: { sent: stored.sms ?? 0, duplicates: counters.smsDuplicates },
    }),
  };
};

export type BackendState = ReturnType<typeof createBackendState>;
