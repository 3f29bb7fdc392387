import { describe, expect, it } from 'vitest';
import { backupAlerts } from './backup-alerts';

describe('backup alerts', () => {
  it('says nothing while copies are written, or when the server takes none', () => {
    expect(backupAlerts(null)).toEqual([]);
    expect(backupAlerts({ failingSince: null, lastError: null })).toEqual([]);
  });

  it('raises one critical alert from the first failure, naming the error', () => {
    expect(
      backupAlerts({
        failingSince: '2026-11-27T01:00:00.000Z',
        lastError: 'ENOSPC: no space left on device',
      }),
    ).toEqual([
      {
        id: 'backup-failed',
        kind: 'backup-failed',
        severity: 'critical',
        message:
          'Sao lưu dữ liệu: không ghi được bản sao trong ngày (lỗi: ENOSPC: no space left on device)',
        messageEn:
          "Data backup: the day's copy cannot be written (error: ENOSPC: no space left on device)",
        since: '2026-11-27T01:00:00.000Z',
      },
    ]);
  });
});
