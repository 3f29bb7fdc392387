import { formatBusinessDay, type BackupList } from '@openops/protocol';

/** A newest copy older than this many days means the daily copies have stopped. */
export const backupStaleDays = 2;

/** A size as a person reads it: "1,2 MB", "640 KB". */
export const formatBytes = (bytes: number): string => {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return `${megabytes.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
};

const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * One sentence on the daily copies, and whether they need attention: none yet, or the newest
 * older than `backupStaleDays` (the server has been failing to write them).
 */
export const backupHeadline = (
  list: BackupList,
  today: string,
): { text: string; attention: boolean } => {
  const [newest] = list.backups;
  if (!newest) {
    return {
      text: 'Chưa có bản sao lưu nào. Máy chủ tự sao lưu vài giây sau khi khởi động; bấm "Sao lưu ngay" để sao lưu bây giờ.',
      attention: true,
    };
  }
  const age = daysBetween(newest.day, today);
  const summary = `Bản sao gần nhất: ngày ${formatBusinessDay(newest.day)} (${formatBytes(newest.bytes)}); đang giữ ${list.backups.length}/${list.keep} ngày.`;
  if (age > backupStaleDays) {
    return {
      text: `${summary} Đã ${age} ngày không sao lưu được: xem nhật ký máy chủ (mục "backup").`,
      attention: true,
    };
  }
  return { text: summary, attention: false };
};
