import { describe, expect, it } from 'vitest';
import type { BackupList } from '@openops/protocol';
import {
  backupFailureInList,
  backupFailureOf,
  backupHeadline,
  formatBackupDay,
  formatBytes,
  type BackupFailure,
} from './backup-headline';

const clock = (businessDay: string) => ({ timeZone: 'Asia/Ho_Chi_Minh', businessDay });

const list = (days: string[]): BackupList => ({
  folder: '/var/lib/openops/backups',
  keep: 14,
  backups: days.map((day) => ({
    day,
    folder: `/var/lib/openops/backups/${day}`,
    bytes: 1_258_291,
    takenAt: `${day}T01:00:00.000Z`,
  })),
});

describe('backup headline', () => {
  it('names the newest copy, its size and how many days are kept', () => {
    expect(
      backupHeadline(list(['2026-11-27', '2026-11-26']), clock('2026-11-27'), null, 'vi'),
    ).toEqual({
      text: 'Bản sao gần nhất: ngày 27/11/2026 (1,2 MB); đang giữ 2/14 ngày.',
      attention: false,
    });
  });

  it('asks for attention when there is none, or the newest is more than two days old', () => {
    expect(backupHeadline(list([]), clock('2026-11-27'), null, 'vi')?.attention).toBe(true);
    expect(backupHeadline(list(['2026-11-25']), clock('2026-11-27'), null, 'vi')?.attention).toBe(
      false,
    );
    const stale = backupHeadline(list(['2026-11-24']), clock('2026-11-27'), null, 'vi');
    expect(stale?.attention).toBe(true);
    expect(stale?.text).toContain('Đã 3 ngày không sao lưu được');
  });

  it('says the copies are failing, since when and why, rather than that none was taken yet', () => {
    const failure = { since: '2026-11-27T02:31:00.000Z', error: 'ENOSPC: no space left on device' };
    const none = backupHeadline(list([]), clock('2026-11-27'), failure, 'vi');
    expect(none).toEqual({
      text: 'Sao lưu đang bị lỗi từ 09:31 hôm nay: ENOSPC: no space left on device. Máy chủ tự thử lại sau mỗi 10 phút; hãy kiểm tra ổ đĩa và quyền ghi thư mục sao lưu, rồi bấm "Sao lưu ngay". Chưa có bản sao lưu nào.',
      attention: true,
    });
    expect(none?.text).not.toContain('vài giây sau khi khởi động');
    // A recent copy does not hide today's failure; an earlier day's failure shows its date.
    const recent = backupHeadline(
      list(['2026-11-26']),
      clock('2026-11-27'),
      { ...failure, since: '2026-11-26T16:05:00.000Z' },
      'vi',
    );
    expect(recent?.attention).toBe(true);
    expect(recent?.text).toMatch(/^Sao lưu đang bị lỗi từ 23:05 ngày 26\/11\/2026: ENOSPC/);
    expect(recent?.text).toContain('Bản sao gần nhất: ngày 26/11/2026');
    // The list unreadable (the same broken folder): the failure is still said.
    expect(backupHeadline(null, clock('2026-11-27'), failure, 'vi')?.text).toBe(
      'Sao lưu đang bị lỗi từ 09:31 hôm nay: ENOSPC: no space left on device. Máy chủ tự thử lại sau mỗi 10 phút; hãy kiểm tra ổ đĩa và quyền ghi thư mục sao lưu, rồi bấm "Sao lưu ngay".',
    );
    expect(backupHeadline(null, clock('2026-11-27'), null, 'vi')).toBeNull();
  });

  it('says each of them in English', () => {
    const english = (days: string[] | null, failure: BackupFailure | null = null) =>
      backupHeadline(days && list(days), clock('2026-11-27'), failure, 'en');
    expect(english(['2026-11-27', '2026-11-26'])).toEqual({
      text: 'Newest backup: 27 Nov 2026 (1.2 MB); 2/14 daily backups kept.',
      attention: false,
    });
    expect(english([])).toEqual({
      text: 'No backup yet. The server backs up a few seconds after it starts; press "Back up now" to take one at once.',
      attention: true,
    });
    expect(english(['2026-11-24'])).toEqual({
      text: 'Newest backup: 24 Nov 2026 (1.2 MB); 1/14 daily backups kept. No backup for 3 days: see the server log (the "backup" entries).',
      attention: true,
    });
    expect(
      english([], { since: '2026-11-27T02:31:00.000Z', error: 'ENOSPC: no space left on device' }),
    ).toEqual({
      text: 'Backups have been failing since 09:31 today: ENOSPC: no space left on device. The server retries every 10 minutes; check the disk and the write permission on the backup folder, then press "Back up now". No backup yet.',
      attention: true,
    });
    expect(english(null, { since: '2026-11-26T16:05:00.000Z', error: null })?.text).toMatch(
      /^Backups have been failing since 23:05 on 26 Nov 2026: unknown\. /,
    );
    expect(english(null)).toBeNull();
  });

  it("reads the failure from the floor's backup alert", () => {
    const alert = {
      id: 'backup-failed',
      kind: 'backup-failed' as const,
      severity: 'critical' as const,
      message:
        "Sao lưu dữ liệu: không ghi được bản sao trong ngày (lỗi: EACCES: permission denied, mkdir '/srv/x')",
      messageEn: 'Data backup: …',
      since: '2026-11-27T02:31:00.000Z',
    };
    const view = {
      at: '2026-11-27T03:00:00.000Z',
      businessDay: '2026-11-27',
      timeZone: 'Asia/Ho_Chi_Minh',
      waitAlertMinutes: 20,
      counters: [],
      services: [],
      devices: [],
      alerts: [alert],
      sync: null,
    };
    expect(backupFailureOf(view)).toEqual({
      since: '2026-11-27T02:31:00.000Z',
      error: "EACCES: permission denied, mkdir '/srv/x'",
    });
    expect(backupFailureOf({ ...view, alerts: [] })).toBeNull();
    expect(backupFailureOf(null)).toBeNull();
  });

  it('reads a failure from the backup list itself, as the server now reports it', () => {
    const list = { folder: '/srv/openops/backups', keep: 14, backups: [] };
    expect(
      backupFailureInList({
        ...list,
        failingSince: '2026-11-27T02:31:00.000Z',
        lastError: 'ENOSPC: no space left on device',
      }),
    ).toEqual({ since: '2026-11-27T02:31:00.000Z', error: 'ENOSPC: no space left on device' });
    expect(
      backupFailureInList({ ...list, failingSince: '2026-11-27T02:31:00.000Z', lastError: null }),
    ).toEqual({ since: '2026-11-27T02:31:00.000Z', error: null });
    expect(backupFailureInList({ ...list, failingSince: null, lastError: null })).toBeNull();
    // A server from before the list said so.
    expect(backupFailureInList(list)).toBeNull();
    expect(backupFailureInList(null)).toBeNull();
  });

  it('writes sizes the Vietnamese way, and the English way in English', () => {
    expect(formatBytes(655_360, 'vi')).toBe('640 KB');
    expect(formatBytes(200, 'vi')).toBe('1 KB');
    expect(formatBytes(15 * 1024 * 1024, 'vi')).toBe('15 MB');
    expect(formatBytes(1_258_291, 'vi')).toBe('1,2 MB');
    expect(formatBytes(1_258_291, 'en')).toBe('1.2 MB');
    expect(formatBytes(2_000 * 1024 * 1024, 'en')).toBe('2,000 MB');
    expect(formatBytes(655_360, 'en')).toBe('640 KB');
  });

  it('writes a day the Vietnamese way, and the English way in English', () => {
    expect(formatBackupDay('2026-11-27', 'vi')).toBe('27/11/2026');
    expect(formatBackupDay('2026-11-27', 'en')).toBe('27 Nov 2026');
  });
});
