import { describe, expect, it } from 'vitest';
import { nationalDossierSchema, type Dossier } from '@openops/protocol';
import {
  dossierToNational,
  fromNationalTime,
  ratingToNational,
  returnDayToNational,
  statusChangeToNational,
  toNationalTime,
} from './national-adapter';

const dossier: Dossier = {
  code: '000.00.06.H56-261126-0001',
  procedureId: 'dang-ky-ket-hon',
  procedureCode: '1.000894',
  procedureName: 'Đăng ký kết hôn',
  serviceId: 'ho-tich',
  applicant: {
    name: 'Nguyễn Thị Hồng Nhung',
    idMasked: '********1234',
    phone: '0912345678',
    address: null,
  },
  documents: [{ documentId: 'to-khai', name: 'Tờ khai', form: 'certified-copy', quantity: 2 }],
  fees: [{ name: 'Lệ phí', amountVnd: 20000 }],
  feesTotalVnd: 20000,
  receivedAt: '2026-11-26T02:05:09.000Z',
  returnDate: '2026-12-01',
  status: 2,
  statusAt: '2026-11-26T02:05:09.000Z',
  supplementItems: [],
  returnedAt: null,
  channel: 1,
  ticketId: null,
  counterId: 'quay-1',
  officerName: 'Trần Văn Bình',
  notifyBySms: false,
};

describe('national exchange adapter', () => {
  it('writes times as yyyyMMddHHmmss in Vietnam time, and reads them back', () => {
    expect(toNationalTime('2026-11-26T02:05:09.000Z')).toBe('20261126090509');
    expect(toNationalTime('2026-11-26T20:00:00.000Z')).toBe('20261127030000');
    expect(fromNationalTime('20261127030000')).toBe('2026-11-26T20:00:00.000Z');
    expect(returnDayToNational('2026-12-01')).toBe('20261201170000');
  });

  it('maps a dossier to the national names, keeping Vietnamese text intact', () => {
    const national = dossierToNational(dossier, '000.00.06.H56');
    expect(nationalDossierSchema.parse(national)).toEqual(national);
    expect(national).toMatchObject({
      MaHoSo: '000.00.06.H56-261126-0001',
      MaTTHC: '1.000894',
      TenTTHC: 'Đăng ký kết hôn',
      ChuHoSo: 'Nguyễn Thị Hồng Nhung',
      NgayTiepNhan: '20261126090509',
      NgayHenTra: '20261201170000',
      TrangThaiHoSo: 2,
      KenhThucHien: 1,
      TaiLieuNop: [{ MaGiayTo: 'to-khai', TenGiayTo: 'Tờ khai', HinhThuc: 3, SoLuong: 2 }],
      DanhSachLePhi: [{ TenLePhi: 'Lệ phí', MucLePhi: 20000 }],
      TongLePhi: 20000,
      ThuTu: 1,
    });
  });

  it('sends a per-page fee multiplied, with its unit price, quantity, unit and the total', () => {
    const national = dossierToNational(
      {
        ...dossier,
        fees: [
          { name: 'Lệ phí', amountVnd: 20000 },
          {
            name: 'Phí chứng thực bản sao (mỗi trang)',
            amountVnd: 20000,
            per: 'page',
            unitPriceVnd: 2000,
            quantity: 10,
          },
        ],
        feesTotalVnd: 40000,
      },
      '000.00.06.H56',
    );
    expect(nationalDossierSchema.parse(national)).toEqual(national);
    expect(national.DanhSachLePhi).toEqual([
      { TenLePhi: 'Lệ phí', MucLePhi: 20000 },
      {
        TenLePhi: 'Phí chứng thực bản sao (mỗi trang)',
        MucLePhi: 20000,
        DonGia: 2000,
        SoLuong: 10,
        DonViTinh: 'trang',
      },
    ]);
    expect(national.TongLePhi).toBe(40000);
  });

  it('refuses a fee line whose amount is not its unit price times its quantity', () => {
    const national = dossierToNational(dossier, '000.00.06.H56');
    const line = { TenLePhi: 'Phí sao y', MucLePhi: 2000, DonGia: 2000, SoLuong: 10 };
    const refused = nationalDossierSchema.safeParse({
      ...national,
      DanhSachLePhi: [{ ...line, DonViTinh: 'trang' }],
      TongLePhi: 2000,
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'DanhSachLePhi.0.MucLePhi',
    ]);
    const partial = nationalDossierSchema.safeParse({ ...national, DanhSachLePhi: [line] });
    expect(partial.error?.issues.map((issue) => issue.path.join('.'))).toContain(
      'DanhSachLePhi.0.DonGia',
    );
    const badTotal = nationalDossierSchema.safeParse({ ...national, TongLePhi: 1 });
    expect(badTotal.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['TongLePhi']);
  });

  it('maps status changes and ratings', () => {
    expect(
      statusChangeToNational({
        code: dossier.code,
        status: 5,
        at: '2026-11-26T03:00:00.000Z',
        position: 2,
        returnedAt: null,
        supplementItems: ['Bản sao CCCD'],
        note: null,
        actor: 'counter-pc-1',
      }),
    ).toMatchObject({ TrangThaiHoSo: 5, ThuTu: 2, NoiDungBoSung: ['Bản sao CCCD'], NgayTra: null });
    expect(
      ratingToNational({
        id: 'r1',
        requestId: null,
        ticketId: 't1',
        ticketNumber: 'A001',
        dossierCode: null,
        counterId: 'quay-1',
        officerId: null,
        serviceId: 'ho-tich',
        level: 'satisfied',
        ratedAt: '2026-11-26T03:00:00.000Z',
        source: 'keypad',
        businessDay: '2026-11-26',
      }),
    ).toMatchObject({ MaDanhGia: 'r1', MucDoHaiLong: 4, NguonDanhGia: 1 });
  });
});
