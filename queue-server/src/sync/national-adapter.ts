import {
  assertNever,
  feeUnitWords,
  type Dossier,
  type DocumentForm,
  type DossierFee,
  type DossierStatus,
  type NationalDossier,
  type NationalFee,
  type NationalQueueStats,
  type NationalRating,
  type NationalStatusChange,
  type NationalTicketEvent,
  type Rating,
  type RatingLevel,
  type RatingSource,
} from '@openops/protocol';

/**
 * The one place our camelCase records become the national one-stop exchange names
 * (MaHoSo, MaTTHC, NgayTiepNhan, ...). Times travel as `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh,
 * which has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

/** ISO instant → `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh. */
export const toNationalTime = (iso: string): string => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO time: "${iso}"`);
  return new Date(ms + vietnamOffsetMs).toISOString().slice(0, 19).replace(/[-T:]/g, '');
};

/** `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh → ISO instant (UTC). */
export const fromNationalTime = (value: string): string => {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a yyyyMMddHHmmss time: "${value}"`);
  const [, year, month, day, hour, minute, second] = match;
  return new Date(
    Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}+07:00`),
  ).toISOString();
};

/**
 * A return date is a day; it travels as that day at 17:00, the end of office hours, so a
 * backend that compares instants counts the whole day as on time.
 */
export const returnDayToNational = (day: string): string => `${day.replace(/-/g, '')}170000`;

/** `yyyyMMddHHmmss` → the `YYYY-MM-DD` day it falls on in Vietnam. */
export const nationalToDay = (value: string): string =>
  `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;

export const documentFormCode = (form: DocumentForm): 1 | 2 | 3 | 4 => {
  switch (form) {
    case 'original':
      return 1;
    case 'copy':
      return 2;
    case 'certified-copy':
      return 3;
    case 'original-or-copy':
      return 4;
    default:
      return assertNever(form);
  }
};

/** Satisfaction on the national five-point scale: 5 very satisfied ... 1 very dissatisfied. */
export const ratingScore = (level: RatingLevel): 1 | 2 | 3 | 4 | 5 => {
  switch (level) {
    case 'very-satisfied':
      return 5;
    case 'satisfied':
      return 4;
    case 'neutral':
      return 3;
    case 'dissatisfied':
      return 2;
    case 'very-dissatisfied':
      return 1;
    default:
      return assertNever(level);
  }
};

/**
 * A charged line; a per-unit one also says its unit price, quantity and unit, in the words the
 * receipt prints after the count ("trang", "bản").
 */
export const feeToNational = (fee: DossierFee): NationalFee =>
  fee.per !== undefined && fee.unitPriceVnd !== undefined && fee.quantity !== undefined
    ? {
        TenLePhi: fee.name,
        MucLePhi: fee.amountVnd,
        DonGia: fee.unitPriceVnd,
        SoLuong: fee.quantity,
        DonViTinh: feeUnitWords[fee.per].unit.vi,
      }
    : { TenLePhi: fee.name, MucLePhi: fee.amountVnd };

export const dossierToNational = (dossier: Dossier, agencyCode: string): NationalDossier => ({
  MaHoSo: dossier.code,
  MaCoQuan: agencyCode,
  MaTTHC: dossier.procedureCode,
  TenTTHC: dossier.procedureName,
  MaLinhVuc: dossier.serviceId,
  ChuHoSo: dossier.applicant.name,
  LoaiDoiTuong: 1,
  SoGiayToChuHoSo: dossier.applicant.idMasked,
  SoDienThoai: dossier.applicant.phone,
  DiaChi: dossier.applicant.address,
  NgayTiepNhan: toNationalTime(dossier.receivedAt),
  NgayHenTra: returnDayToNational(dossier.returnDate),
  TrangThaiHoSo: dossier.status,
  KenhThucHien: dossier.channel,
  TaiLieuNop: dossier.documents.map((document) => ({
    MaGiayTo: document.documentId,
    TenGiayTo: document.name,
    HinhThuc: documentFormCode(document.form),
    SoLuong: document.quantity,
  })),
  DanhSachLePhi: dossier.fees.map(feeToNational),
  TongLePhi: dossier.feesTotalVnd,
  CanBoTiepNhan: dossier.officerName,
  MaQuay: dossier.counterId,
  ThuTu: 1,
});

export type StatusChange = {
  code: string;
  status: DossierStatus;
  at: string;
  /** Position in the dossier's history: 1 is the receipt, so changes start at 2. */
  position: number;
  returnedAt: string | null;
  supplementItems: readonly string[] | null;
  note: string | null;
  actor: string | null;
};

export const statusChangeToNational = (change: StatusChange): NationalStatusChange => ({
  MaHoSo: change.code,
  TrangThaiHoSo: change.status,
  ThoiGianCapNhat: toNationalTime(change.at),
  ThuTu: change.position,
  NgayTra: change.returnedAt ? toNationalTime(change.returnedAt) : null,
  NoiDungBoSung: change.supplementItems ? [...change.supplementItems] : null,
  GhiChu: change.note,
  NguoiCapNhat: change.actor,
});

const ratingSourceCode = (source: RatingSource): 1 | 2 | 3 => {
  switch (source) {
    case 'keypad':
      return 1;
    case 'kiosk':
      return 2;
    case 'online':
      return 3;
    default:
      return assertNever(source);
  }
};

export const ratingToNational = (rating: Rating): NationalRating => ({
  MaDanhGia: rating.id,
  MaHoSo: rating.dossierCode,
  SoPhieu: rating.ticketNumber,
  MaQuay: rating.counterId,
  CanBo: rating.officerId,
  MaLinhVuc: rating.serviceId,
  MucDoHaiLong: ratingScore(rating.level),
  ThoiGianDanhGia: toNationalTime(rating.ratedAt),
  NguonDanhGia: ratingSourceCode(rating.source),
});

export type TicketEventRow = {
  eventId: number;
  ticketId: string;
  number: string;
  serviceId: string;
  type: string;
  at: string;
  counterId: string | null;
};

export const ticketEventToNational = (
  event: TicketEventRow,
  agencyCode: string,
): NationalTicketEvent => ({
  MaSuKien: `${agencyCode}:${event.eventId}`,
  MaPhieu: event.ticketId,
  SoPhieu: event.number,
  MaLinhVuc: event.serviceId,
  LoaiSuKien: event.type,
  ThoiGian: toNationalTime(event.at),
  MaQuay: event.counterId,
  MaCoQuan: agencyCode,
});

export type QueueStats = {
  at: string;
  businessDay: string;
  services: Array<{ serviceId: string; issued: number; waiting: number; called: number }>;
};

export const queueStatsToNational = (
  stats: QueueStats,
  agencyCode: string,
): NationalQueueStats => ({
  MaCoQuan: agencyCode,
  ThoiDiem: toNationalTime(stats.at),
  NgayLamViec: stats.businessDay.replace(/-/g, ''),
  TongSoPhieu: stats.services.reduce((sum, service) => sum + service.issued, 0),
  TongDangCho: stats.services.reduce((sum, service) => sum + service.waiting, 0),
  ChiTiet: stats.services.map((service) => ({
    MaLinhVuc: service.serviceId,
    SoPhieu: service.issued,
    DangCho: service.waiting,
    DaGoi: service.called,
  })),
});
