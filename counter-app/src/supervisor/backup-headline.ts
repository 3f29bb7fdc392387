import type { Language } from '@openops/client';
import { formatBusinessDay, type BackupList, type FloorView } from '@openops/protocol';
import { localeOf, type FloorClock } from './floor-time';

/** A newest copy older than this many days means the daily copies have stopped. */
export const backupStaleDays = 2;

/** A size as a person reads it: "1,2 MB", "640 KB"; "1.2 MB" in English. */
export const formatBytes = (bytes: number, language: Language): string => {
  const locale = localeOf(language);
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return `${megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} KB`;
};

/** A business day as each language writes it: "27/11/2026", "27 Nov 2026". */
export const formatBackupDay = (day: string, language: Language): string =>
  language === 'en'
    ? new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      })
    : formatBusinessDay(day);

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day's copy failing to be written: since when, and the server's last error (null: none given). */
export type BackupFailure = { since: string; error: string | null };

/**
 * The failure the floor reports (its `backup-failed` alert, raised from the first failure until
 * a copy succeeds); null while copies are written. Used when the backup list cannot be read,
 * or comes from a server that does not say (see `backupFailureInList`).
 */
export const backupFailureOf = (view: FloorView | null): BackupFailure | null => {
  const alert = view?.alerts.find((candidate) => candidate.kind === 'backup-failed');
  if (!alert) return null;
  // The alert gives the error at the end of its sentence, "… (lỗi: ENOSPC: no space left)".
  const error = /\(lỗi: (.*)\)\s*$/s.exec(alert.message)?.[1] ?? alert.message;
  return { since: alert.since, error };
};

/** The failure the backup list reports (servers that send it); null while copies are written. */
export const backupFailureInList = (list: BackupList | null): BackupFailure | null =>
  list?.failingSince ? { since: list.failingSince, error: list.lastError ?? null } : null;

/**
 * "09:31 hôm nay", or "23:05 ngày 26/11/2026" for an earlier day, in the centre's time; "09:31
 * today", "23:05 on 26 Nov 2026" in English.
 */
const sinceText = (iso: string, clock: FloorClock, language: Language): string => {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(localeOf(language), {
    timeZone: clock.timeZone,
    hour: '2-digit',
    minute: '2-digit',
  });
  const day = at.toLocaleDateString('en-CA', { timeZone: clock.timeZone });
  if (language === 'en') {
    return day === clock.businessDay ? `${time} today` : `${time} on ${formatBackupDay(day, 'en')}`;
  }
  return day === clock.businessDay ? `${time} hôm nay` : `${time} ngày ${formatBusinessDay(day)}`;
};

const summaryOf = (list: BackupList, language: Language): string | null => {
  const [newest] = list.backups;
  if (!newest) return null;
  const day = formatBackupDay(newest.day, language);
  const size = formatBytes(newest.bytes, language);
  const kept = `${list.backups.length}/${list.keep}`;
  return language === 'en'
    ? `Newest backup: ${day} (${size}); ${kept} daily backups kept.`
    : `Bản sao gần nhất: ngày ${day} (${size}); đang giữ ${kept} ngày.`;
};

/**
 * One sentence on the daily copies, and whether they need attention: copies failing now (said
 * first, with since when and the error, even when the list itself could not be read), none
 * yet, or the newest older than `backupStaleDays`. Null with neither a list nor a failure. In
 * the supervisor's language; the server's error is quoted as it comes.
 */
export const backupHeadline = (
  list: BackupList | null,
  clock: FloorClock,
  failure: BackupFailure | null,
  language: Language,
): { text: string; attention: boolean } | null => {
  const en = language === 'en';
  const today = clock.businessDay;
  const noneYet = en ? 'No backup yet.' : 'Chưa có bản sao lưu nào.';
  if (failure) {
    const since = sinceText(failure.since, clock, language);
    const error = failure.error ?? (en ? 'unknown' : 'không rõ');
    const failing = en
      ? `Backups have been failing since ${since}: ${error}. The server retries every 10 minutes; check the disk and the write permission on the backup folder, then press "Back up now".`
      : `Sao lưu đang bị lỗi từ ${since}: ${error}. Máy chủ tự thử lại sau mỗi 10 phút; hãy kiểm tra ổ đĩa và quyền ghi thư mục sao lưu, rồi bấm "Sao lưu ngay".`;
    const summary = list ? (summaryOf(list, language) ?? noneYet) : null;
    return { text: summary ? `${failing} ${summary}` : failing, attention: true };
  }
  if (!list) return null;
  const [newest] = list.backups;
  if (!newest) {
    return {
      text: en
        ? `${noneYet} The server backs up a few seconds after it starts; press "Back up now" to take one at once.`
        : `${noneYet} Máy chủ tự sao lưu vài giây sau khi khởi động; bấm "Sao lưu ngay" để sao lưu bây giờ.`,
      attention: true,
    };
  }
  const age = daysBetween(newest.day, today);
  const summary = summaryOf(list, language) ?? '';
  if (age > backupStaleDays) {
    return {
      text: en
        ? `${summary} No backup for ${age} days: see the server log (the "backup" entries).`
        : `${summary} Đã ${age} ngày không sao lưu được: xem nhật ký máy chủ (mục "backup").`,
      attention: true,
    };
  }
  return { text: summary, attention: false };
};
