import { describe, expect, it } from 'vitest';
import { serviceAlerts } from './service-alerts';

const now = new Date('2026-11-26T02:00:00.000Z');
const services = [
  { id: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status' },
  { id: 'tu-phap', name: 'Tư pháp khác', nameEn: 'Other justice matters' },
];

describe('services no counter serves', () => {
  it('are each a warning, critical while tickets of theirs wait', () => {
    const counters = [{ serviceIds: ['ho-tich'] }];
    expect(serviceAlerts({ services, counters, waiting: new Map(), now })).toEqual([
      {
        id: 'service-without-counter:tu-phap',
        kind: 'service-without-counter',
        severity: 'warning',
        message:
          'Tư pháp khác: chưa có quầy nào phục vụ. Hãy gán dịch vụ cho một quầy trong Cấu hình.',
        messageEn:
          'Other justice matters: no counter serves it. Assign it to a counter in the configuration.',
        since: now.toISOString(),
      },
    ]);
    const [alert] = serviceAlerts({ services, counters, waiting: new Map([['tu-phap', 2]]), now });
    expect(alert).toMatchObject({ severity: 'critical' });
    expect(alert?.message).toContain('2 số đang chờ không được gọi');
  });

  it('are none when every service has a counter', () => {
    const counters = [{ serviceIds: ['ho-tich'] }, { serviceIds: ['tu-phap', 'ho-tich'] }];
    expect(serviceAlerts({ services, counters, waiting: new Map(), now })).toEqual([]);
  });
});
