import { z } from 'zod';
import { idSchema, isoTimeSchema } from './entities';
import { dossierStatusSchema, phonePattern } from './dossiers';

// ---------------------------------------------------------------------------------------------
// Configuration (the optional `sync` section of centre.json)
// ---------------------------------------------------------------------------------------------

export const backendConfigSchema = z.object({
  id: idSchema,
  /** Base URL of an OpenOPS backend, e.g. `https://openops.tinh.gov.vn/api/centre`. */
  url: z.url(),
  /** Per-centre key sent as `Authorization: Bearer`; falls back to `sync.centreKey`. */
  key: z.string().min(16).max(200).optional(),
  /**
   * Fields (lĩnh vực ids of the centre model, or queue service ids) whose records go to this
   * backend: the distributed model.
   * Leave out on exactly one backend to make it the default (centralised or hybrid model).
   */
  fields: z.array(idSchema).min(1).optional(),
});
export type BackendConfig = z.infer<typeof backendConfigSchema>;

export const smsConfigSchema = z.object({
  /** The SMS gateway's send endpoint (HTTP provider), POSTed one JSON message at a time. */
  url: z.url(),
  key: z.string().min(8).max(200).optional(),
  /** Brand name shown as sender. Default "OpenOPS". */
  sender: z.string().min(1).max(11).default('OpenOPS'),
  /** Text a citizen who opted in when this many people are ahead of them. Default 3. */
  placesBefore: z.number().int().min(0).max(50).default(3),
});
export type SmsConfig = z.infer<typeof smsConfigSchema>;

export const syncConfigSchema = z
  .object({
    /** Key this centre was issued by the province; each backend may override it. */
    centreKey: z.string().min(16).max(200).optional(),
    backends: z.array(backendConfigSchema).min(1),
    /** Central monitoring: which backend receives queue statistics, and how often. */
    monitoring: z
      .object({
        backendId: idSchema,
        /** Default 300 s (5 minutes). */
        intervalSeconds: z.number().int().min(1).max(86_400).default(300),
      })
      .optional(),
    retry: z
      .object({
        /** First retry delay; doubles per attempt with jitter. Default 1000 ms. */
        baseDelayMs: z.number().int().min(10).max(600_000).default(1000),
        /** Cap on the retry delay. Default 300000 ms (5 minutes). */
        maxDelayMs: z.number().int().min(10).max(3_600_000).default(300_000),
        /** Time a backend has to answer one request. Default 10000 ms. */
        requestTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
        /** Requests in flight at once, across dossiers; one per dossier. Default 8. */
        concurrency: z.number().int().min(1).max(64).default(8),
      })
      .default({
        baseDelayMs: 1000,
        maxDelayMs: 300_000,
        requestTimeoutMs: 10_000,
        concurrency: 8,
      }),
    pull: z
      .object({
        /** How often the procedure catalogue is refreshed. Default 3600 s. */
        catalogueIntervalSeconds: z.number().int().min(10).max(86_400).default(3600),
        /** How often open dossiers' statuses are refreshed. Default 300 s. */
        statusIntervalSeconds: z.number().int().min(5).max(86_400).default(300),
        /** How long a kiosk lookup waits for the backend before answering from the local copy. Default 1500 ms. */
        lookupTimeoutMs: z.number().int().min(100).max(30_000).default(1500),
      })
      .default({
        catalogueIntervalSeconds: 3600,
        statusIntervalSeconds: 300,
        lookupTimeoutMs: 1500,
      }),
    sms: smsConfigSchema.optional(),
  })
  .superRefine((sync, context) => {
    const ids = new Set<string>();
    const fieldOwners = new Map<string, string>();
    sync.backends.forEach((backend, index) => {
      if (ids.has(backend.id)) {
        context.addIssue({
          code: 'custom',
          path: ['backends', index, 'id'],
          message: `mã backend trùng: ${backend.id}`,
        });
      }
      ids.add(backend.id);
      if (!backend.key && !sync.centreKey) {
        context.addIssue({
          code: 'custom',
          path: ['backends', index, 'key'],
          message: 'cần khoá của trung tâm (key hoặc centreKey)',
        });
      }
      backend.fields?.forEach((field, fieldIndex) => {
        const owner = fieldOwners.get(field);
        if (owner) {
          context.addIssue({
            code: 'custom',
            path: ['backends', index, 'fields', fieldIndex],
            message: `lĩnh vực ${field} đã thuộc backend ${owner}`,
          });
        }
        fieldOwners.set(field, backend.id);
      });
    });
    const defaults = sync.backends.filter((backend) => !backend.fields);
    if (defaults.length > 1) {
      context.addIssue({
        code: 'custom',
        path: ['backends'],
        message: 'chỉ một backend được để trống fields (backend mặc định)',
      });
    }
    if (sync.monitoring && !ids.has(sync.monitoring.backendId)) {
      context.addIssue({
        code: 'custom',
        path: ['monitoring', 'backendId'],
        message: `không có backend ${sync.monitoring.backendId}`,
      });
    }
  });
export type SyncConfig = z.infer<typeof syncConfigSchema>;

// ---------------------------------------------------------------------------------------------
// The backend contract (docs/sync-contract.md): national one-stop exchange names
// ---------------------------------------------------------------------------------------------

/** `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh. */
export const nationalTimeSchema = z.string().regex(/^\d{14}$/, 'thời gian dạng yyyyMMddHHmmss');

// The dossier pushed, with its documents and fee lines, is in sync-dossier.ts.

/** Push status change: `POST /v1/dossiers/{MaHoSo}/status`. */
export const nationalStatusChangeSchema = z.object({
  MaHoSo: z.string().min(13).max(60),
  TrangThaiHoSo: dossierStatusSchema,
  ThoiGianCapNhat: nationalTimeSchema,
  ThuTu: z.number().int().min(2),
  /** Set with status 10. */
  NgayTra: nationalTimeSchema.nullable(),
  /** Set with status 5: what the applicant must bring. */
  NoiDungBoSung: z.array(z.string().max(300)).max(30).nullable(),
  GhiChu: z.string().max(500).nullable(),
  NguoiCapNhat: z.string().max(200).nullable(),
});
export type NationalStatusChange = z.infer<typeof nationalStatusChangeSchema>;

/** Push rating: `POST /v1/ratings`. Levels 1 (very dissatisfied) .. 5 (very satisfied). */
export const nationalRatingSchema = z.object({
  MaDanhGia: z.string().min(1).max(64),
  MaHoSo: z.string().max(60).nullable(),
  SoPhieu: z.string().max(10).nullable(),
  MaQuay: z.string().max(64),
  CanBo: z.string().max(200).nullable(),
  MaLinhVuc: z.string().max(64),
  MucDoHaiLong: z.number().int().min(1).max(5),
  ThoiGianDanhGia: nationalTimeSchema,
  /** 1 keypad, 2 kiosk, 3 online. */
  NguonDanhGia: z.union([z.literal(1), z.literal(2), z.literal(3)]),
});
export type NationalRating = z.infer<typeof nationalRatingSchema>;

/** Push queue event: `POST /v1/ticket-events` (ticket issued, called, ...). */
export const nationalTicketEventSchema = z.object({
  MaSuKien: z.string().min(1).max(64),
  MaPhieu: z.string().min(1).max(64),
  SoPhieu: z.string().max(10),
  MaLinhVuc: z.string().max(64),
  LoaiSuKien: z.string().min(1).max(40),
  ThoiGian: nationalTimeSchema,
  MaQuay: z.string().max(64).nullable(),
  MaCoQuan: z.string().max(35),
});
export type NationalTicketEvent = z.infer<typeof nationalTicketEventSchema>;

/** Push queue statistics to central monitoring: `POST /v1/queue-stats`. */
export const nationalQueueStatsSchema = z.object({
  MaCoQuan: z.string().max(35),
  ThoiDiem: nationalTimeSchema,
  NgayLamViec: z.string().regex(/^\d{8}$/),
  TongSoPhieu: z.number().int().nonnegative(),
  TongDangCho: z.number().int().nonnegative(),
  ChiTiet: z.array(
    z.object({
      MaLinhVuc: z.string().max(64),
      SoPhieu: z.number().int().nonnegative(),
      DangCho: z.number().int().nonnegative(),
      DaGoi: z.number().int().nonnegative(),
    }),
  ),
});
export type NationalQueueStats = z.infer<typeof nationalQueueStatsSchema>;

/** Pull a dossier's status: `GET /v1/dossiers/{MaHoSo}/status`. */
export const nationalStatusReplySchema = z.object({
  MaHoSo: z.string(),
  TrangThaiHoSo: dossierStatusSchema,
  NgayHenTra: nationalTimeSchema.nullable(),
  NgayTra: nationalTimeSchema.nullable(),
  ThoiGianCapNhat: nationalTimeSchema,
});
export type NationalStatusReply = z.infer<typeof nationalStatusReplySchema>;

/** Pull the procedure catalogue: `GET /v1/procedures`. */
export const nationalCatalogueSchema = z.object({
  DanhSachTTHC: z.array(
    z.object({
      MaTTHC: z.string().min(1).max(50),
      TenTTHC: z.string().min(1).max(500),
      MaLinhVuc: z.string().max(64),
      /** Processing time in working days. */
      ThoiHanGiaiQuyet: z.number().int().nonnegative(),
    }),
  ),
  PhienBan: z.string().max(64),
});
export type NationalCatalogue = z.infer<typeof nationalCatalogueSchema>;

/** Error codes a backend answers with; the retry rule of each is in docs/sync-contract.md. */
export const backendErrorCodes = [
  'bad-request',
  'unauthorized',
  'not-found',
  'out-of-order',
  'conflict',
  'rate-limited',
  'unavailable',
  'internal',
] as const;
export const backendErrorCodeSchema = z.enum(backendErrorCodes);
export type BackendErrorCode = z.infer<typeof backendErrorCodeSchema>;

export const backendAckSchema = z.object({
  ok: z.literal(true),
  data: z.object({
    /** True when this idempotency key had already been applied: the record is stored once. */
    duplicate: z.boolean(),
    receivedAt: isoTimeSchema,
  }),
});
export const backendFailureSchema = z.object({
  ok: z.literal(false),
  error: z.object({ code: backendErrorCodeSchema, message: z.string() }),
});
export const backendReplySchema = z.union([backendAckSchema, backendFailureSchema]);
export type BackendReply = z.infer<typeof backendReplySchema>;

// ---------------------------------------------------------------------------------------------
// SMS gateway (HTTP provider)
// ---------------------------------------------------------------------------------------------

/** One text message, `POST <sms.url>`; `clientRef` makes a repeated send a no-op. */
export const smsMessageSchema = z.object({
  to: z.string().regex(phonePattern),
  text: z.string().min(1).max(480),
  sender: z.string().min(1).max(11),
  clientRef: z.string().min(1).max(100),
});
export type SmsMessage = z.infer<typeof smsMessageSchema>;

// ---------------------------------------------------------------------------------------------
// What the supervisor sees (REST `/api/v1/sync/...`)
// ---------------------------------------------------------------------------------------------

export const outboxKinds = [
  'dossier',
  'dossier-status',
  'rating',
  'ticket-event',
  'queue-stats',
  'sms',
] as const;
export const outboxKindSchema = z.enum(outboxKinds);
export type OutboxKind = z.infer<typeof outboxKindSchema>;

export const parkedRecordSchema = z.object({
  id: z.number().int(),
  kind: outboxKindSchema,
  /** The dossier code, ticket id... records of one key are sent in order. */
  orderKey: z.string(),
  attempts: z.number().int(),
  reason: z.string(),
  createdAt: isoTimeSchema,
  parkedAt: isoTimeSchema.nullable(),
});
export type ParkedRecord = z.infer<typeof parkedRecordSchema>;

export const syncStatusSchema = z.object({
  enabled: z.boolean(),
  pending: z.number().int().nonnegative(),
  parked: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  /** Age of the oldest record still waiting; null when none waits. */
  oldestPendingSeconds: z.number().int().nonnegative().nullable(),
  lastDeliveredAt: isoTimeSchema.nullable(),
  /** The latest delivery error as the supervisor reads it (Vietnamese first, with its local time). */
  lastError: z.string().nullable(),
  /** When that error happened; null with it. */
  lastErrorAt: isoTimeSchema.nullable(),
  catalogueRefreshedAt: isoTimeSchema.nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const catalogueViewSchema = z.object({
  procedures: nationalCatalogueSchema.shape.DanhSachTTHC,
  version: z.string().nullable(),
  refreshedAt: isoTimeSchema.nullable(),
  ageSeconds: z.number().int().nonnegative().nullable(),
});
export type CatalogueView = z.infer<typeof catalogueViewSchema>;

// ---------------------------------------------------------------------------------------------
// The reference backend's admin API (tests and demos only)
// ---------------------------------------------------------------------------------------------

export const faultModes = ['none', 'fail', 'slow', 'drop', 'random'] as const;
export const faultModeSchema = z.enum(faultModes);
export type FaultMode = z.infer<typeof faultModeSchema>;

/**
 * `PUT /admin/faults`: `fail` answers 503 to everything, `drop` destroys each connection
 * unanswered, `slow` answers after `delayMs`, `random` fails `failRate` of requests with 500 and
 * hangs `timeoutRate` of them past the client's timeout (after storing, so the ack is lost).
 */
export const faultSettingsSchema = z.object({
  mode: faultModeSchema,
  delayMs: z.number().int().min(0).max(120_000).default(0),
  failRate: z.number().min(0).max(1).default(0),
  timeoutRate: z.number().min(0).max(1).default(0),
  /** Delay of the requests `random` lets hang. Default 15000 ms. */
  hangMs: z.number().int().min(0).max(120_000).default(15_000),
});
export type FaultSettings = z.infer<typeof faultSettingsSchema>;

export const backendStatsSchema = z.object({
  /** Records stored, by kind. */
  stored: z.record(z.string(), z.number().int()),
  /** Requests whose idempotency key had already been applied (answered, not stored again). */
  duplicateRequests: z.number().int(),
  /** The same business record stored under two different keys: must stay 0. */
  duplicateRecords: z.number().int(),
  /** Status changes that arrived before an earlier one of the same dossier. */
  outOfOrder: z.number().int(),
  /** Requests refused or dropped by fault injection. */
  faulted: z.number().int(),
  sms: z.object({ sent: z.number().int(), duplicates: z.number().int() }),
});
export type BackendStats = z.infer<typeof backendStatsSchema>;
