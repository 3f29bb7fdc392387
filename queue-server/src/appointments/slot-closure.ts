import type { OpeningHours } from '@openops/protocol';
import { issuingClosure, type IssuingRules } from '../domain/issuing-hours';
import { localTime, weekdayName, weekdaySpansText } from '../domain/opening-hours';

/**
 * Why a slot cannot be booked: at that instant the service would refuse the citizen a ticket
 * (a public holiday, a day the centre closes, outside the service's hours), so the check-in
 * would be refused too. Null when the slot is one the service takes tickets at. Said in the
 * portal's field error, Vietnamese first.
 */
export const slotClosedReason = (
  slot: Date,
  service: { name: string; openingHours?: readonly OpeningHours[] | undefined },
  rules: IssuingRules,
): string | null => {
  const closure = issuingClosure(slot, service, rules);
  switch (closure) {
    case null:
      return null;
    case 'holiday':
      return 'Ngày hẹn là ngày nghỉ lễ, trung tâm không làm việc (the slot falls on a public holiday)';
    case 'non-working-day':
      return "Trung tâm không làm việc vào ngày hẹn (the centre is closed on the slot's day)";
    case 'outside-hours': {
      const { weekday } = localTime(slot, rules.timeZone);
      const spans = weekdaySpansText(service.openingHours, weekday);
      return spans
        ? `Giờ hẹn ngoài giờ nhận số của dịch vụ "${service.name}" (${spans}) (the slot is outside the service's hours)`
        : `Dịch vụ "${service.name}" không nhận số vào ${weekdayName(weekday)} (the service takes no numbers on that weekday)`;
    }
  }
};
