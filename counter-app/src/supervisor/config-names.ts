import type { ConfigSection } from '@openops/protocol';

/** Each configuration section as the screen names it. */
export const sectionNames: Record<ConfigSection, string> = {
  centre: 'Thông tin trung tâm',
  services: 'Dịch vụ và giờ mở cửa',
  fields: 'Lĩnh vực',
  counters: 'Quầy, dịch vụ và trọng số',
  officers: 'Cán bộ và vai trò',
  displays: 'Màn hình, khu vực và dòng thông báo',
  devices: 'Thiết bị đã khai báo',
  priorityCategories: 'Đối tượng ưu tiên',
  queuePolicy: 'Chính sách gọi số',
  calendar: 'Lịch làm việc và ngày nghỉ',
};

/**
 * What one entry of a list section is called, to name it by its place ("Đối tượng ưu tiên số
 * 6"). The sections edited as tables name rows by the table's # column instead.
 */
export const entryNouns: Partial<Record<ConfigSection, string>> = {
  fields: 'Lĩnh vực',
  displays: 'Màn hình',
  devices: 'Thiết bị',
  priorityCategories: 'Đối tượng ưu tiên',
};

/**
 * The keys of the sections edited as JSON, in the words of a sentence ("cần nhập tên"). A key
 * missing here is named by its path as typed.
 */
export const fieldNames: Record<string, string> = {
  id: 'mã',
  name: 'tên',
  nameEn: 'tên tiếng Anh',
  timeZone: 'múi giờ',
  publicUrl: 'địa chỉ công khai',
  role: 'vai trò',
  zones: 'khu vực',
  notice: 'dòng thông báo',
  layout: 'bố cục',
  selfDeclared: 'tự khai tại kiosk',
  calling: 'cách gọi số',
  mode: 'cách gọi số',
  normalPerPriority: 'số lượt thường trước mỗi lượt ưu tiên',
  priorityHeadStartMinutes: 'số phút tính thêm cho số ưu tiên',
  transferKeepsPlace: 'giữ chỗ khi chuyển quầy',
  returnKeepsPlace: 'giữ chỗ khi trả về hàng chờ',
  closedOnNonWorkingDays: 'không cấp số vào ngày nghỉ',
  issueOnHolidays: 'cấp số vào ngày lễ',
  maxSignInFailures: 'số lần đăng nhập sai tối đa',
  lockoutMinutes: 'số phút khoá tài khoản',
  sessionHours: 'số giờ của một phiên đăng nhập',
  workingWeekdays: 'ngày làm việc trong tuần',
  holidays: 'ngày nghỉ lễ',
  extraWorkingDays: 'ngày làm bù',
};

const isIndex = (part: string): boolean => /^\d+$/.test(part);

/**
 * A path inside an entry or section (`calling.mode`, `holidays.0`) in words: the last key's
 * name, with its place when it ends on a list item ("ngày nghỉ lễ số 1"); null for an empty
 * path, and the path as typed, quoted, when a key has no name here.
 */
export const pathInWords = (parts: readonly string[]): string | null => {
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1] ?? '';
  const keyAt = isIndex(last) ? parts.length - 2 : parts.length - 1;
  const key = parts[keyAt] ?? '';
  const name = fieldNames[key];
  if (!name) return `mục "${parts.join('.')}"`;
  return isIndex(last) ? `${name} số ${Number(last) + 1}` : name;
};
