import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@openops/protocol';
import { syncHeadline, syncLateSeconds } from './sync-headline';

const status = (changes: Partial<SyncStatus>): SyncStatus => ({
  enabled: true,
  pending: 0,
  parked: 0,
  delivered: 120,
  oldestPendingSeconds: null,
  lastDeliveredAt: '2026-11-27T02:00:00.000Z',
  lastError: null,
  lastErrorAt: null,
  catalogueRefreshedAt: null,
  ...changes,
});

describe('syncHeadline', () => {
  it('is calm while records flow', () => {
    expect(syncHeadline(status({}), 'vi')).toEqual({
      text: 'Đã gửi hết, không có bản ghi nào chờ.',
      attention: false,
    });
    expect(syncHeadline(status({ pending: 3, oldestPendingSeconds: 4 }), 'vi')).toMatchObject({
      text: 'Đang gửi: 3 bản ghi chờ gửi.',
      attention: false,
    });
  });

  it('asks for attention when records wait long, naming the last error', () => {
    const headline = syncHeadline(
      status({
        pending: 42,
        oldestPendingSeconds: syncLateSeconds + 600,
        lastError: 'tinh: HTTP 503',
      }),
      'vi',
    );
    expect(headline.attention).toBe(true);
    expect(headline.text).toContain('Chưa gửi được 42 bản ghi');
    expect(headline.text).toContain('15 phút: tinh: HTTP 503');
  });

  it('points at parked records before late ones, since those may wait behind them', () => {
    const headline = syncHeadline(
      status({ parked: 1, pending: 3, oldestPendingSeconds: syncLateSeconds + 600 }),
      'vi',
    );
    expect(headline).toMatchObject({ attention: true });
    expect(headline.text).toContain('1 bản ghi bị từ chối và đang treo');
  });

  it('points at parked records, and at a missing configuration', () => {
    expect(syncHeadline(status({ parked: 2 }), 'vi')).toMatchObject({ attention: true });
    expect(syncHeadline(status({ parked: 2 }), 'vi').text).toContain('2 bản ghi bị từ chối');
    expect(syncHeadline(status({ enabled: false, pending: 7 }), 'vi')).toEqual({
      text: 'Chưa cấu hình máy chủ OpenOPS: 7 bản ghi được giữ lại, sẽ gửi khi có cấu hình.',
      attention: true,
    });
  });

  it('says each of them in English, with the same attention', () => {
    const english = (changes: Partial<SyncStatus>) => syncHeadline(status(changes), 'en');
    expect(english({})).toEqual({ text: 'All sent, no records waiting.', attention: false });
    expect(english({ pending: 1, oldestPendingSeconds: 4 })).toEqual({
      text: 'Sending: 1 record waiting.',
      attention: false,
    });
    expect(
      english({ pending: 42, oldestPendingSeconds: syncLateSeconds + 600, lastError: 'HTTP 503' }),
    ).toEqual({
      text: '42 records not sent yet, the oldest waiting 15 min: HTTP 503. The data is kept safe and will be sent once the connection is back.',
      attention: true,
    });
    expect(english({ parked: 1, pending: 3 })).toEqual({
      text: '1 record refused and parked; see the reasons below, fix the cause, then press "Retry".',
      attention: true,
    });
    expect(english({ enabled: false, pending: 7 })).toEqual({
      text: 'No OpenOPS server is configured: 7 records kept, to be sent once one is.',
      attention: true,
    });
    expect(english({ enabled: false })).toMatchObject({ attention: false });
  });
});
