import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@openops/protocol';
import { readSync, syncAlerts, syncLateAlertMinutes } from './sync-alerts';

const now = new Date('2026-11-27T03:00:20.000Z');
const status = (changes: Partial<SyncStatus>): SyncStatus => ({
  enabled: true,
  pending: 0,
  parked: 0,
  delivered: 10,
  oldestPendingSeconds: null,
  lastDeliveredAt: null,
  lastError: null,
  lastErrorAt: null,
  catalogueRefreshedAt: null,
  ...changes,
});
const alertsOf = (changes: Partial<SyncStatus>) => syncAlerts(readSync(status(changes), now, null));

describe('syncAlerts', () => {
  it('stays quiet while records flow, and for a centre without a backend', () => {
    expect(alertsOf({ pending: 30, oldestPendingSeconds: 90 })).toEqual([]);
    expect(alertsOf({ enabled: false, pending: 500, oldestPendingSeconds: 9000 })).toEqual([]);
    expect(syncAlerts(null)).toEqual([]);
  });

  it('warns when the oldest record has waited the threshold, critical after an hour', () => {
    expect(
      alertsOf({
        pending: 42,
        oldestPendingSeconds: syncLateAlertMinutes * 60,
        lastError: 'tinh: HTTP 503',
      }),
    ).toEqual([
      {
        id: 'sync-late',
        kind: 'sync-late',
        severity: 'warning',
        message:
          'Đồng bộ OpenOPS: 42 bản ghi chưa gửi được, cũ nhất đã chờ 15 phút (lỗi: tinh: HTTP 503)',
        messageEn: 'OpenOPS sync: 42 records unsent, the oldest for 15 min (error: tinh: HTTP 503)',
        since: '2026-11-27T02:45:00.000Z',
      },
    ]);
    expect(alertsOf({ pending: 42, oldestPendingSeconds: 3600 })[0]?.severity).toBe('critical');
  });

  it('points at parked records', () => {
    expect(alertsOf({ parked: 2 })).toMatchObject([
      {
        id: 'sync-parked',
        severity: 'warning',
        message: expect.stringContaining('2 bản ghi bị từ chối'),
      },
    ]);
  });
});

describe('readSync', () => {
  it('keeps the times an alert dates from while its condition lasts', () => {
    const first = readSync(
      status({ parked: 1, pending: 3, oldestPendingSeconds: 1000 }),
      now,
      null,
    );
    const later = new Date(now.getTime() + 10_000);
    const second = readSync(
      status({ parked: 1, pending: 3, oldestPendingSeconds: 1010 }),
      later,
      first,
    );
    expect(second.parkedSince).toBe(first.parkedSince);
    expect(second.oldestPendingSince).toBe(first.oldestPendingSince);
    expect(syncAlerts(second)).toEqual(syncAlerts(first));
    expect(readSync(status({}), later, second).parkedSince).toBeNull();
  });
});
