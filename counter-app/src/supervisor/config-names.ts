import type { Language } from '@openops/client';
import type { ConfigSection } from '@openops/protocol';

/** Each configuration section as the screen names it, in each language. */
export const sectionNames: Record<Language, Record<ConfigSection, string>> = {
  vi: {
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
  },
  en: {
    centre: 'Centre details',
    services: 'Services and opening hours',
    fields: 'Fields',
    counters: 'Counters, services and weights',
    officers: 'Officers and roles',
    displays: 'Displays, zones and notices',
    devices: 'Declared devices',
    priorityCategories: 'Priority categories',
    queuePolicy: 'Calling policy',
    calendar: 'Calendar and public holidays',
  },
};

/**
 * What one entry of a list section is called, to name it by its place ("Đối tượng ưu tiên số
 * 6", "Priority category 6"). The sections edited as tables name rows by the table's # column
 * instead.
 */
export const entryNouns: Record<Language, Partial<Record<ConfigSection, string>>> = {
  vi: {
    fields: 'Lĩnh vực',
    displays: 'Màn hình',
    devices: 'Thiết bị',
    priorityCategories: 'Đối tượng ưu tiên',
  },
  en: {
    fields: 'Field',
    displays: 'Display',
    devices: 'Device',
    priorityCategories: 'Priority category',
  },
};

/** An entry of a list section by its place, counted from 1: "Màn hình số 1", "Display 1". */
export const entryByPlace = (noun: string, index: number, language: Language): string =>
  language === 'vi' ? `${noun} số ${index + 1}` : `${noun} ${index + 1}`;

/**
 * The keys of the sections edited as JSON, in the words of a sentence ("cần nhập tên", "enter
 * the name"). A key missing here is named by its path as typed.
 */
export const fieldNames: Record<Language, Record<string, string>> = {
  vi: {
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
  },
  en: {
    id: 'ID',
    name: 'name',
    nameEn: 'English name',
    timeZone: 'time zone',
    publicUrl: 'public address',
    role: 'role',
    zones: 'zones',
    notice: 'notice',
    layout: 'layout',
    selfDeclared: 'self-declared at the kiosk',
    calling: 'calling mode',
    mode: 'calling mode',
    normalPerPriority: 'normal calls before each priority call',
    priorityHeadStartMinutes: 'minutes added to priority tickets',
    transferKeepsPlace: 'keep the place on transfer',
    returnKeepsPlace: 'keep the place on return to the queue',
    closedOnNonWorkingDays: 'no tickets on non-working days',
    issueOnHolidays: 'tickets on public holidays',
    maxSignInFailures: 'most failed sign-ins',
    lockoutMinutes: 'lockout minutes',
    sessionHours: 'hours of a sign-in session',
    workingWeekdays: 'working weekdays',
    holidays: 'public holidays',
    extraWorkingDays: 'make-up working days',
  },
};

/** In English, one item of a list key, named by its place: "public holiday 1" (`holidays.0`). */
const itemNamesEn: Record<string, string> = {
  zones: 'zone',
  workingWeekdays: 'working weekday',
  holidays: 'public holiday',
  extraWorkingDays: 'make-up working day',
};

const isIndex = (part: string): boolean => /^\d+$/.test(part);

/**
 * A path inside an entry or section (`calling.mode`, `holidays.0`) in words: the last key's
 * name, with its place when it ends on a list item ("ngày nghỉ lễ số 1", "public holiday 1");
 * null for an empty path, and the path as typed, quoted, when a key has no name here.
 */
export const pathInWords = (parts: readonly string[], language: Language): string | null => {
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1] ?? '';
  const keyAt = isIndex(last) ? parts.length - 2 : parts.length - 1;
  const key = parts[keyAt] ?? '';
  const name = fieldNames[language][key];
  const typed = `"${parts.join('.')}"`;
  if (!name) return language === 'vi' ? `mục ${typed}` : `setting ${typed}`;
  if (!isIndex(last)) return name;
  const item = language === 'en' ? (itemNamesEn[key] ?? name) : name;
  return entryByPlace(item, Number(last), language);
};
