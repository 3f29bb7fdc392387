import { closedDayOf, type Calendar, type OpeningHours, type QueuePolicy } from '@openops/protocol';
import { isWithinOpeningHours, localTime } from './opening-hours';

/** The centre-wide rules that decide, with a service's own hours, when tickets are issued. */
export type IssuingRules = {
  /** The centre's IANA time zone: its days and hours are local ones. */
  timeZone: string;
  calendar: Calendar;
  /**
   * Refuse tickets on days the calendar marks closed (`queuePolicy.closedOnNonWorkingDays`).
   * Default false: many centres receive citizens on Saturday mornings while keeping Saturday
   * out of the working days that count towards return dates.
   */
  closedOnNonWorkingDays?: boolean | undefined;
  /**
   * Take tickets on the calendar's public holidays (`queuePolicy.issueOnHolidays`). Default
   * false: a holiday refuses tickets whatever `closedOnNonWorkingDays` says.
   */
  issueOnHolidays?: boolean | undefined;
};

/** The issuing rules of a centre configuration. */
export const issuingRulesOf = (config: {
  centre: { timeZone: string };
  calendar: Calendar;
  queuePolicy?: Pick<QueuePolicy, 'closedOnNonWorkingDays' | 'issueOnHolidays'> | undefined;
}): IssuingRules => ({
  timeZone: config.centre.timeZone,
  calendar: config.calendar,
  closedOnNonWorkingDays: config.queuePolicy?.closedOnNonWorkingDays ?? false,
  issueOnHolidays: config.queuePolicy?.issueOnHolidays ?? false,
});

export type IssuingClosure = 'holiday' | 'non-working-day' | 'outside-hours';

/**
 * Why a ticket for this service cannot be issued at this instant, or null when it can: the one
 * rule issuing applies, so that whatever else asks "is the centre taking tickets" (the floor's
 * need for kiosks and displays) cannot disagree with the kiosks. A public holiday refuses unless
 * `issueOnHolidays`; another non-working day only under `closedOnNonWorkingDays`; a service
 * without hours takes tickets at any time.
 */
export const issuingClosure = (
  instant: Date,
  service: { openingHours?: readonly OpeningHours[] | undefined },
  rules: IssuingRules,
): IssuingClosure | null => {
  const local = localTime(instant, rules.timeZone);
  return (
    dayClosure(local.date, rules) ??
    (isWithinOpeningHours(service.openingHours, local) ? null : 'outside-hours')
  );
};

/** Why no ticket is issued at all on a local day (`YYYY-MM-DD`), or null when its hours decide. */
export const dayClosure = (
  day: string,
  rules: IssuingRules,
): Exclude<IssuingClosure, 'outside-hours'> | null => closedDayOf(day, rules.calendar, rules);

/** Whether a ticket for this service could be issued at this instant. */
export const canIssueAt = (
  instant: Date,
  service: { openingHours?: readonly OpeningHours[] | undefined },
  rules: IssuingRules,
): boolean => issuingClosure(instant, service, rules) === null;
