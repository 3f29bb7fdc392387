import type { OpeningHours } from '@openops/protocol';
import { issuingClosure, type IssuingRules } from '../domain/issuing-hours';

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
      return 'Ngày hẹn trung tâm không làm việc (the centre is closed on the slot’s day)';
    case 'outside-hours': {
      const spans = (service.openingHours ?? []).map((span) => `${span.from}–${span.to}`);
      return `Giờ hẹn ngoài giờ nhận số của dịch vụ "${service.name}" (${[...new Set(spans)].join(', ')}) (the slot is outside the service's hours)`;
    }
  }
};
