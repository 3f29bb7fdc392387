import type { CentreConfig } from './centre-config-schema';

/** A small but realistic ward-level centre, used by `--demo` and the tests. */
export const demoCentre: CentreConfig = {
  version: 1,
  centre: {
    name: 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
    nameEn: 'Ben Nghe Ward Public Administrative Service Centre',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  services: [
    { id: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status', prefix: 'A', dailyLimit: 300 },
    { id: 'chung-thuc', name: 'Chứng thực', nameEn: 'Certification', prefix: 'B', dailyLimit: 500 },
    {
      id: 'dat-dai',
      name: 'Đất đai – Xây dựng',
      nameEn: 'Land and construction',
      prefix: 'C',
      dailyLimit: 200,
    },
    {
      id: 'tra-ket-qua',
      name: 'Trả kết quả',
      nameEn: 'Return of results',
      prefix: 'D',
      dailyLimit: null,
    },
  ],
  counters: [
    { id: 'quay-1', number: 1, name: 'Quầy 1', serviceIds: ['ho-tich'], zone: 'tang-1' },
    {
      id: 'quay-2',
      number: 2,
      name: 'Quầy 2',
      serviceIds: ['ho-tich', 'chung-thuc'],
      zone: 'tang-1',
    },
    {
      id: 'quay-3',
      number: 3,
      name: 'Quầy 3',
      serviceIds: ['chung-thuc', 'dat-dai'],
      zone: 'tang-2',
    },
    {
      id: 'quay-4',
      number: 4,
      name: 'Quầy 4',
      serviceIds: ['dat-dai', 'tra-ket-qua'],
      zone: 'tang-2',
    },
  ],
  displays: [
    { id: 'display-1', name: 'Sảnh chờ tầng 1', zones: ['tang-1', 'tang-2'] },
    { id: 'display-tang-2', name: 'Màn hình tầng 2', zones: ['tang-2'] },
  ],
};
