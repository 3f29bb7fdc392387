import type { SyncStatus } from '@openops/protocol';

/** Records waiting longer than this read as a problem, not as traffic. Default 5 min. */
export const syncLateSeconds = 5 * 60;

const minutes = (seconds: number): string => `${Math.max(1, Math.round(seconds / 60))} phút`;

/** One sentence on how sync is doing, and whether it needs the supervisor's attention. */
export const syncHeadline = (status: SyncStatus): { text: string; attention: boolean } => {
  if (!status.enabled) {
    return {
      text: `Chưa cấu hình máy chủ OpenOPS: ${status.pending} bản ghi được giữ lại, sẽ gửi khi có cấu hình.`,
      attention: status.pending > 0,
    };
  }
  // Parked records first: they wait for the supervisor, and while one is parked the records
  // queued behind it wait too, so the late message alone would point at the link instead.
  if (status.parked > 0) {
    return {
      text: `${status.parked} bản ghi bị từ chối và đang treo; xem lý do bên dưới, sửa nguyên nhân rồi bấm "Gửi lại".`,
      attention: true,
    };
  }
  const late = (status.oldestPendingSeconds ?? 0) >= syncLateSeconds;
  if (late) {
    return {
      text: `Chưa gửi được ${status.pending} bản ghi, bản ghi cũ nhất đã chờ ${minutes(status.oldestPendingSeconds ?? 0)}${status.lastError ? `: ${status.lastError}` : ''}. Dữ liệu vẫn được giữ an toàn và sẽ gửi khi kết nối lại.`,
      attention: true,
    };
  }
  return {
    text:
      status.pending > 0
        ? `Đang gửi: ${status.pending} bản ghi chờ gửi.`
        : 'Đã gửi hết, không có bản ghi nào chờ.',
    attention: false,
  };
};
