/**
 * What the supervisor reads when a record cannot be delivered (the sync panel's last error, a
 * parked record's reason): Vietnamese first, English after in parentheses, as the rest of the
 * product, then the technical detail in brackets for whoever fixes it.
 */
export const syncProblems = {
  unreachable: 'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server)',
  overloaded: 'Máy chủ OpenOPS quá tải, sẽ thử lại (the OpenOPS server is overloaded; will retry)',
  serverFailed: 'Máy chủ OpenOPS gặp lỗi, sẽ thử lại (the OpenOPS server failed; will retry)',
  keyRefused: 'Khoá trung tâm không hợp lệ (the centre key was refused)',
  unreadable:
    'Máy chủ OpenOPS trả lời không đọc được, sẽ thử lại (unreadable answer from the OpenOPS server; will retry)',
  waitsForEarlier:
    'Máy chủ OpenOPS chờ bản ghi trước đó, sẽ gửi lại (the OpenOPS server waits for an earlier record; will retry)',
  notFound:
    'Máy chủ OpenOPS chưa có hồ sơ này, sẽ gửi lại (the OpenOPS server does not have this dossier yet; will retry)',
  refused: 'Máy chủ OpenOPS từ chối bản ghi (the OpenOPS server refused the record)',
  smsUnavailable:
    'Cổng SMS chưa nhận tin nhắn, sẽ thử lại (the SMS gateway did not take the text; will retry)',
  smsRefused: 'Cổng SMS từ chối tin nhắn (the SMS gateway refused the text)',
  smsNotConfigured: 'Chưa cấu hình cổng SMS (no SMS gateway configured)',
  smsInvalid: 'Tin nhắn không hợp lệ (invalid text message)',
  roundFailed: 'Lỗi đồng bộ trong máy chủ trung tâm (sync failed inside the centre server)',
} as const;

/** A parked record's reason when no backend takes its field (the supervisor fixes the routing). */
export const noBackendFor = (field: string | null): string => {
  const name = field ?? '(mặc định)';
  return `không có backend cho lĩnh vực ${name} (no OpenOPS backend for field ${field ?? '(default)'})`;
};

/** A problem with its technical detail, e.g. `… (lost connection …) [tinh: timeout]`. */
export const problemWith = (problem: string, detail: string): string => `${problem} [${detail}]`;

/**
 * A problem with the time it happened, in the centre's time zone: `… [tinh: timeout] — 09:31
 * 26/11/2026`, so the supervisor can tell an error of this morning from one of last week.
 */
export const problemAt = (problem: string, iso: string, timeZone: string): string => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${problem} — ${part('hour')}:${part('minute')} ${part('day')}/${part('month')}/${part('year')}`;
};
