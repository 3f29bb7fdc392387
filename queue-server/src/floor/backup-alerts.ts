import type { FloorAlert } from '@openops/protocol';
import type { BackupHealth } from '../store/daily-backup';

/**
 * The floor's alert about the daily copies: while the day's copy cannot be written (full or
 * unmounted disk, lost permissions), from the first failure until a copy succeeds.
 */
export const backupAlerts = (health: BackupHealth | null): FloorAlert[] =>
  health?.failingSince
    ? [
        {
          id: 'backup-failed',
          kind: 'backup-failed',
          severity: 'critical',
          message: `Sao lưu dữ liệu: không ghi được bản sao trong ngày (lỗi: ${health.lastError ?? 'không rõ'})`,
          messageEn: `Data backup: the day's copy cannot be written (error: ${health.lastError ?? 'unknown'})`,
          since: health.failingSince,
        },
      ]
    : [];
