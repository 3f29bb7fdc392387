/**
 * ISO weekdays (1 = Monday … 7 = Sunday) as a Vietnamese reads them: the short form of
 * calendars and forms (T2 … T7, CN) and the name in full (thứ Hai … Chủ nhật). There is no
 * "thứ 1": Monday is thứ Hai, so a weekday written by name cannot be misread by one.
 */
export const vietnameseWeekdays: Readonly<Record<number, { short: string; name: string }>> = {
  1: { short: 'T2', name: 'thứ Hai' },
  2: { short: 'T3', name: 'thứ Ba' },
  3: { short: 'T4', name: 'thứ Tư' },
  4: { short: 'T5', name: 'thứ Năm' },
  5: { short: 'T6', name: 'thứ Sáu' },
  6: { short: 'T7', name: 'thứ Bảy' },
  7: { short: 'CN', name: 'Chủ nhật' },
};
