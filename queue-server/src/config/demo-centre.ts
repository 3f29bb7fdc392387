import type { CentreConfig } from './centre-config-schema';

const adminHash =
  'scrypt$16384$8$1$e3TgCaEnfH2bCisTrnfF+A==$z4xTpzWjS24rfy4MmD7xt0j6Y2r5hQ4Ma7RCqm6ivVA=';
const supervisorHash =
  'scrypt$16384$8$1$fkL4KlPpTduql82FeBJrDQ==$HQcBqSQztS6kPeur+ueYW75xK8yH+ukN4NstBuHu0HE=';
const officerHash =
  'scrypt$16384$8$1$ySnVct7HLSFzavTgr+FhSw==$5hAKSt1o4ZJLlZpUFrVzlhZ5+a9Fx03zKCg+zQtAWvI=';

/** A small but realistic ward-level centre, used by `--demo` and the tests. */
export const demoCentre: CentreConfig = {
  version: 1,
  centre: {
    name: 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
    nameEn: 'Ben Nghe Ward Public Administrative Service Centre',
    timeZone: 'Asia/Ho_Chi_Minh',
  },
  services: [
    {
      id: 'ho-tich',
      name: 'Hộ tịch',
      nameEn: 'Civil status',
      prefix: 'A',
      dailyLimit: 300,
      fieldId: 'tu-phap',
      serviceMinutes: 6,
    },
    {
      id: 'chung-thuc',
      name: 'Chứng thực',
      nameEn: 'Certification',
      prefix: 'B',
      dailyLimit: 500,
      fieldId: 'tu-phap',
      serviceMinutes: 4,
    },
    {
      id: 'dat-dai',
      name: 'Đất đai – Xây dựng',
      nameEn: 'Land and construction',
      prefix: 'C',
      dailyLimit: 200,
      fieldId: 'dat-dai-xay-dung',
      serviceMinutes: 10,
    },
    {
      id: 'tra-ket-qua',
      name: 'Trả kết quả',
      nameEn: 'Return of results',
      prefix: 'D',
      dailyLimit: null,
      fieldId: 'tra-ket-qua',
      serviceMinutes: 3,
    },
  ],
  fields: [
    { id: 'tu-phap', name: 'Tư pháp – Hộ tịch', nameEn: 'Justice and civil status' },
    { id: 'dat-dai-xay-dung', name: 'Đất đai – Xây dựng', nameEn: 'Land and construction' },
    { id: 'tra-ket-qua', name: 'Trả kết quả', nameEn: 'Return of results' },
  ],
  counters: [
    { id: 'quay-1', number: 1, name: 'Quầy 1', serviceIds: ['ho-tich'], zone: 'tang-1' },
    {
      id: 'quay-2',
      number: 2,
      name: 'Quầy 2',
      serviceIds: ['ho-tich', 'chung-thuc'],
      zone: 'tang-1',
      // Civil status waits longest here: two of its tickets for one certification ticket.
      weights: { 'ho-tich': 2, 'chung-thuc': 1 },
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
  // Demo credentials (README, "Configuration"): admin / admin-demo, giam-sat / giamsat-demo,
  // can-bo-1 ... can-bo-4 / canbo-demo. Never use these hashes in a real centre.
  officers: [
    {
      id: 'admin',
      username: 'admin',
      name: 'Quản trị hệ thống',
      roles: ['admin', 'supervisor'],
      passwordHash: adminHash,
    },
    {
      id: 'giam-sat',
      username: 'giam-sat',
      name: 'Trần Thị Giám Sát',
      roles: ['supervisor', 'counter'],
      passwordHash: supervisorHash,
    },
    ...[1, 2, 3, 4].map((index) => ({
      id: `can-bo-${index}`,
      username: `can-bo-${index}`,
      name: ['Nguyễn Văn An', 'Lê Thị Bình', 'Phạm Minh Châu', 'Võ Thị Dung'][index - 1] ?? '',
      roles: ['counter' as const],
      passwordHash: officerHash,
    })),
  ],
  devices: [
    { id: 'kiosk-1', role: 'kiosk', name: 'Kiosk sảnh tầng 1' },
    { id: 'display-1', role: 'display', name: 'Màn hình sảnh chờ tầng 1' },
    { id: 'display-tang-2', role: 'display', name: 'Màn hình tầng 2' },
    { id: 'counter-pc-1', role: 'counter', name: 'Máy tính quầy 1' },
  ],
  priorityCategories: [
    { id: 'nguoi-cao-tuoi', name: 'Người cao tuổi', nameEn: 'Elderly', selfDeclared: true },
    {
      id: 'khuyet-tat',
      name: 'Người khuyết tật',
      nameEn: 'Person with disability',
      selfDeclared: true,
    },
    {
      id: 'phu-nu-mang-thai',
      name: 'Phụ nữ mang thai',
      nameEn: 'Pregnant woman',
      selfDeclared: true,
    },
    {
      id: 'nguoi-co-cong',
      name: 'Người có công với cách mạng',
      nameEn: 'Person with meritorious service',
    },
    { id: 'lich-hen', name: 'Đặt lịch hẹn trước', nameEn: 'Booked appointment' },
  ],
  queuePolicy: {
    calling: { mode: 'alternate', normalPerPriority: 3 },
    transferKeepsPlace: true,
    returnKeepsPlace: true,
    closedOnNonWorkingDays: false,
    // Like its services without opening hours: the demo takes tickets at any hour of any day,
    // so it can be shown (and tested) whenever. A centre leaves this out: holidays are closed.
    issueOnHolidays: true,
  },
  appointments: { checkInEarlyMinutes: 30, checkInLateMinutes: 15, priorityCategoryId: 'lich-hen' },
  agencyCode: '000.00.06.H56',
  calendar: {
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
      '2027-01-01',
    ],
    extraWorkingDays: [],
  },
  procedures: [
    {
      id: 'dang-ky-khai-sinh',
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      nameEn: 'Birth registration',
      serviceId: 'ho-tich',
      processingDays: 0,
      documents: [
        {
          id: 'to-khai',
          name: 'Tờ khai đăng ký khai sinh theo mẫu',
          form: 'original',
          quantity: 1,
          required: true,
        },
        {
          id: 'giay-chung-sinh',
          name: 'Giấy chứng sinh',
          form: 'original',
          quantity: 1,
          required: true,
        },
        {
          id: 'uy-quyen',
          name: 'Văn bản ủy quyền (nếu nộp thay)',
          form: 'original-or-copy',
          quantity: 1,
          required: false,
        },
      ],
      fees: [{ name: 'Lệ phí đăng ký khai sinh đúng hạn', amountVnd: 0 }],
      whereToSubmit: 'Quầy 1 hoặc Quầy 2, tầng 1',
    },
    {
      id: 'dang-ky-ket-hon',
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      nameEn: 'Marriage registration',
      serviceId: 'ho-tich',
      processingDays: 3,
      documents: [
        {
          id: 'to-khai',
          name: 'Tờ khai đăng ký kết hôn theo mẫu',
          form: 'original',
          quantity: 1,
          required: true,
        },
        {
          id: 'xac-nhan-hon-nhan',
          name: 'Giấy xác nhận tình trạng hôn nhân',
          form: 'original',
          quantity: 1,
          required: false,
        },
      ],
      fees: [{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 0 }],
      whereToSubmit: 'Quầy 1 hoặc Quầy 2, tầng 1',
    },
    {
      id: 'chung-thuc-ban-sao',
      code: '2.000815',
      name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      nameEn: 'Certified copies from originals',
      serviceId: 'chung-thuc',
      processingDays: 0,
      documents: [
        {
          id: 'ban-chinh',
          name: 'Bản chính giấy tờ, văn bản làm cơ sở chứng thực',
          form: 'original',
          quantity: 1,
          required: true,
        },
        {
          id: 'ban-sao',
          name: 'Bản sao cần chứng thực',
          form: 'copy',
          quantity: 1,
          required: true,
        },
      ],
      // Charged per page certified: the officer counts the pages at reception.
      fees: [{ name: 'Phí chứng thực bản sao (mỗi trang)', amountVnd: 2000, per: 'page' }],
      whereToSubmit: 'Quầy 2 hoặc Quầy 3',
    },
    {
      id: 'giay-phep-xay-dung',
      code: '1.011775',
      name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      nameEn: 'Construction permit for a detached house',
      serviceId: 'dat-dai',
      processingDays: 15,
      documents: [
        {
          id: 'don-de-nghi',
          name: 'Đơn đề nghị cấp giấy phép xây dựng',
          form: 'original',
          quantity: 1,
          required: true,
        },
        {
          id: 'giay-chung-nhan',
          name: 'Giấy chứng nhận quyền sử dụng đất',
          form: 'certified-copy',
          quantity: 1,
          required: true,
        },
        {
          id: 'ban-ve',
          name: 'Bản vẽ thiết kế xây dựng',
          form: 'original',
          quantity: 2,
          required: true,
        },
      ],
      fees: [{ name: 'Lệ phí cấp giấy phép xây dựng', amountVnd: 75000 }],
      whereToSubmit: 'Quầy 3 hoặc Quầy 4, tầng 2',
    },
  ],
};
