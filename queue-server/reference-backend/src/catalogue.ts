import type { NationalCatalogue } from '@openops/protocol';

/** The catalogue the reference backend serves until an admin replaces it. */
export const seedCatalogue: NationalCatalogue = {
  PhienBan: '2026.11',
  DanhSachTTHC: [
    { MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'ho-tich', ThoiHanGiaiQuyet: 0 },
    { MaTTHC: '1.000894', TenTTHC: 'Đăng ký kết hôn', MaLinhVuc: 'ho-tich', ThoiHanGiaiQuyet: 3 },
    {
      MaTTHC: '2.000815',
      TenTTHC: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      MaLinhVuc: 'chung-thuc',
      ThoiHanGiaiQuyet: 0,
    },
    {
      MaTTHC: '1.004227',
      TenTTHC: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      MaLinhVuc: 'dat-dai',
      ThoiHanGiaiQuyet: 10,
    },
  ],
};
