import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { issuingClosure, issuingRulesOf } from '../domain/issuing-hours';
import { dailyLimitRefusal, issuingRefusal } from './issuing-refusal';

const civilStatus = demoCentre.services.find((each) => each.id === 'ho-tich');
if (!civilStatus) throw new Error('the demo centre serves civil status');
const service = {
  ...civilStatus,
  openingHours: [
    { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '11:30' },
    { weekdays: [1, 2, 3, 4, 5], from: '13:30', to: '17:00' },
    { weekdays: [6], from: '07:30', to: '11:30' },
  ],
};
const rules = issuingRulesOf({ ...demoCentre, queuePolicy: {} });
const refusedAt = (iso: string) => {
  const now = new Date(iso);
  const closure = issuingClosure(now, service, rules);
  if (!closure) throw new Error('open');
  return issuingRefusal(closure, service, now, rules).error;
};

describe('a ticket refused as service-closed', () => {
  it("names that day's hours only, and when numbers are next given out", () => {
    // Saturday 28 November 2026 at 12:00: only the Saturday morning span is named.
    expect(refusedAt('2026-11-28T12:00:00+07:00')).toEqual({
      code: 'service-closed',
      message: 'Dịch vụ "Hộ tịch" ngoài giờ nhận số (07:30–11:30) (outside opening hours)',
      details: {
        kind: 'issuing-closed',
        closure: 'outside-hours',
        serviceId: service.id,
        nextOpening: { day: '2026-11-30', weekday: 1, from: '07:30' },
      },
    });
  });

  it('says the service takes no numbers on a weekday it has no hours', () => {
    expect(refusedAt('2026-11-29T09:00:00+07:00').message).toBe(
      'Hôm nay dịch vụ "Hộ tịch" không nhận số (the service takes no numbers today)',
    );
  });

  it('says it is a holiday', () => {
    expect(refusedAt('2026-09-02T09:00:00+07:00')).toMatchObject({
      message:
        'Hôm nay là ngày nghỉ lễ, trung tâm không cấp số (the centre is closed today for a public holiday)',
      details: { closure: 'holiday', nextOpening: { day: '2026-09-03', from: '07:30' } },
    });
  });
});

describe('a ticket refused as daily-limit-reached', () => {
  it('names the next opening on a later day, even when today has hours left', () => {
    // Friday 27 November 2026 at 09:00, the afternoon span still to come: Saturday morning.
    expect(
      dailyLimitRefusal(service, 300, new Date('2026-11-27T09:00:00+07:00'), rules).error,
    ).toEqual({
      code: 'daily-limit-reached',
      message:
        'Dịch vụ "Hộ tịch" đã hết số trong ngày (tối đa 300). Vui lòng quay lại vào ngày làm việc tiếp theo. (Today\'s tickets for this service are used up.)',
      details: {
        kind: 'daily-limit',
        serviceId: service.id,
        limit: 300,
        nextOpening: { day: '2026-11-28', weekday: 6, from: '07:30' },
      },
    });
  });

  it('skips the public holidays that follow', () => {
    // Monday 31 August 2026: 1 and 2 September are National Day holidays.
    const refused = dailyLimitRefusal(service, 5, new Date('2026-08-31T09:00:00+07:00'), rules);
    expect(refused.error.details).toMatchObject({
      nextOpening: { day: '2026-09-03', weekday: 4, from: '07:30' },
    });
  });

  it('names the next open day, with no hour, for a service without opening hours', () => {
    const refused = dailyLimitRefusal(
      { ...service, openingHours: undefined },
      5,
      new Date('2026-08-31T09:00:00+07:00'),
      rules,
    );
    // Monday 31 August: 1 and 2 September are the Quốc khánh holidays, so Thursday 3 September.
    expect(refused.error.details).toMatchObject({
      kind: 'daily-limit',
      nextOpening: { day: '2026-09-03', weekday: 4, from: null },
    });
  });
});
