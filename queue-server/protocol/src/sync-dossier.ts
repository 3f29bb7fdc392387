import { z } from 'zod';
import { dossierStatusSchema } from './dossiers';
import { feeQuantityMax, feeUnitWords } from './fees';
import { nationalTimeSchema } from './sync';

/**
 * The dossier a centre pushes to an OpenOPS backend (`POST /v1/dossiers`, docs/sync-contract.md),
 * in the national one-stop exchange's names: its documents and its fee lines, per-unit ones with
 * their unit price, count and unit.
 */

export const nationalDocumentSchema = z.object({
  MaGiayTo: z.string().min(1).max(64),
  TenGiayTo: z.string().min(1).max(500),
  /** 1 bản chính, 2 bản sao, 3 bản sao chứng thực, 4 bản chính hoặc bản sao. */
  HinhThuc: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  SoLuong: z.number().int().positive().max(99),
});

/**
 * A per-unit fee's unit on the wire: "trang" (page) or "bản" (copy), the very words the counter
 * and the receipt say after a count.
 */
export const nationalFeeUnits = [feeUnitWords.page.unit.vi, feeUnitWords.copy.unit.vi] as const;
export type NationalFeeUnit = (typeof nationalFeeUnits)[number];

export const nationalFeeSchema = z
  .object({
    TenLePhi: z.string().min(1).max(300),
    /** Amount charged for this line, whole dong: the flat fee, or DonGia × SoLuong. */
    MucLePhi: z.number().int().nonnegative(),
    /** Per-unit fees only, all three together: unit price, how many units, which unit. */
    DonGia: z.number().int().nonnegative().optional(),
    SoLuong: z.number().int().positive().max(feeQuantityMax).optional(),
    DonViTinh: z.enum(nationalFeeUnits).optional(),
  })
  .superRefine((fee, context) => {
    const parts = [fee.DonGia, fee.SoLuong, fee.DonViTinh].filter((part) => part !== undefined);
    if (parts.length !== 0 && parts.length !== 3) {
      context.addIssue({
        code: 'custom',
        path: ['DonGia'],
        message: 'DonGia, SoLuong và DonViTinh đi cùng nhau (all three or none)',
      });
    } else if (
      fee.DonGia !== undefined &&
      fee.SoLuong !== undefined &&
      fee.DonGia * fee.SoLuong !== fee.MucLePhi
    ) {
      context.addIssue({
        code: 'custom',
        path: ['MucLePhi'],
        message: 'MucLePhi phải bằng DonGia × SoLuong (must equal DonGia × SoLuong)',
      });
    }
  });

export type NationalFee = z.infer<typeof nationalFeeSchema>;

/** Push dossier: `POST /v1/dossiers`. */
export const nationalDossierSchema = z
  .object({
    MaHoSo: z.string().min(13).max(60),
    MaCoQuan: z.string().min(1).max(35),
    MaTTHC: z.string().min(1).max(50),
    TenTTHC: z.string().min(1).max(500),
    MaLinhVuc: z.string().min(1).max(64),
    ChuHoSo: z.string().min(1).max(200),
    /** 1 citizen, 2 organisation. */
    LoaiDoiTuong: z.union([z.literal(1), z.literal(2)]),
    /** Masked: only the last 4 digits travel. */
    SoGiayToChuHoSo: z.string().max(20).nullable(),
    SoDienThoai: z.string().max(20).nullable(),
    DiaChi: z.string().max(300).nullable(),
    NgayTiepNhan: nationalTimeSchema,
    NgayHenTra: nationalTimeSchema,
    TrangThaiHoSo: dossierStatusSchema,
    KenhThucHien: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    TaiLieuNop: z.array(nationalDocumentSchema).max(60),
    DanhSachLePhi: z.array(nationalFeeSchema).max(20),
    /** Sum of the lines' MucLePhi, whole dong; optional for centres that predate it. */
    TongLePhi: z.number().int().nonnegative().optional(),
    CanBoTiepNhan: z.string().max(200),
    MaQuay: z.string().max(64),
    /** Position of this record in the dossier's history, from 1: backends apply in this order. */
    ThuTu: z.number().int().positive(),
  })
  .superRefine((dossier, context) => {
    const sum = dossier.DanhSachLePhi.reduce((total, fee) => total + fee.MucLePhi, 0);
    if (dossier.TongLePhi !== undefined && dossier.TongLePhi !== sum) {
      context.addIssue({
        code: 'custom',
        path: ['TongLePhi'],
        message: `TongLePhi phải bằng tổng MucLePhi (${sum}) (must equal the lines' sum)`,
      });
    }
  });
export type NationalDossier = z.infer<typeof nationalDossierSchema>;
