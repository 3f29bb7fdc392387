import { fail, type Fail, type Service } from '@openops/protocol';
import type { IssuingClosure, IssuingRules } from '../domain/issuing-hours';
import { nextIssuingOpening } from '../domain/next-issuing';
import { localTime, weekdaySpansText } from '../domain/opening-hours';

const messageOf = (closure: IssuingClosure, service: Service, weekday: number): string => {
  switch (closure) {
    case 'holiday':
      return 'Hôm nay là ngày nghỉ lễ, trung tâm không cấp số (the centre is closed today for a public holiday)';
    case 'non-working-day':
      return 'Hôm nay trung tâm không làm việc (the centre is closed today)';
    case 'outside-hours': {
      const spans = weekdaySpansText(service.openingHours, weekday);
      return spans
        ? `Dịch vụ "${service.name}" ngoài giờ nhận số (${spans}) (outside opening hours)`
        : `Hôm nay dịch vụ "${service.name}" không nhận số (the service takes no numbers today)`;
    }
  }
};

/**
 * The refusal of a ticket the service does not give out now: the server's sentence, and the
 * facts a kiosk words itself (why, and when numbers are next given out by the calendar), so
 * that on a holiday it does not send citizens back "this afternoon".
 */
export const issuingRefusal = (
  closure: IssuingClosure,
  service: Service,
  now: Date,
  rules: IssuingRules,
): Fail => {
  const { weekday } = localTime(now, rules.timeZone);
  const refused = fail('service-closed', messageOf(closure, service, weekday));
  return {
    ...refused,
    error: {
      ...refused.error,
      details: {
        kind: 'issuing-closed',
        closure,
        serviceId: service.id,
        nextOpening: nextIssuingOpening(now, service, rules),
      },
    },
  };
};

/**
 * The refusal of a ticket when the service's numbers for today are used up: the server's
 * sentence, and when numbers are next given out (a later day by the calendar, never a holiday).
 */
export const dailyLimitRefusal = (
  service: Service,
  limit: number,
  now: Date,
  rules: IssuingRules,
): Fail => {
  const refused = fail(
    'daily-limit-reached',
    `Dịch vụ "${service.name}" đã hết số trong ngày (tối đa ${limit}). Vui lòng quay lại vào ngày làm việc tiếp theo. (Today's tickets for this service are used up.)`,
  );
  return {
    ...refused,
    error: {
      ...refused.error,
      details: {
        kind: 'daily-limit',
        serviceId: service.id,
        limit,
        nextOpening: nextIssuingOpening(now, service, rules, { fromTomorrow: true }),
      },
    },
  };
};
