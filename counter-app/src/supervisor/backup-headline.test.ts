import { describe, expect, it } from 'vitest';
import type { BackupList } from '@openops/protocol';
import { backupHeadline, formatBytes } from './backup-headline';

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
    expect(backupHeadline(list(['2026-11-27', '2026-11-26']), '2026-11-27')).toEqual({
      text: 'Bản sao gần nhất: ngày 27/11/2026 (1,2 MB); đang giữ 2/14 ngày.',
      attention: false,
    });
  });

  it('asks for attention when there is none, or the newest is more than two days old', () => {
    expect(backupHeadline(list([]), '2026-11-27').attention).toBe(true);
    expect(backupHeadline(list(['2026-11-25']), '2026-11-27').attention).toBe(false);
    const stale = backupHeadline(list(['2026-11-24']), '2026-11-27');
    expect(stale.attention).toBe(true);
    expect(stale.text).toContain('Đã 3 ngày không sao lưu được');
  });

  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(655_360)).toBe('640 KB');
    expect(formatBytes(200)).toBe('1 KB');
    expect(formatBytes(15 * 1024 * 1024)).toBe('15 MB');
  });
});
