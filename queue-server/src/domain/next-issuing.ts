import type { IssuingOpening, OpeningHours } from '@openops/protocol';
import { dayClosure, type IssuingRules } from './issuing-hours';
import { localTime } from './opening-hours';
import { addCalendarDays, isoWeekdayOf } from './working-days';

/** Days looked ahead for the next opening: past Tết's week off and a weekend either side. */
const lookAheadDays = 31;

/**
 * When tickets for a service are next given out after `instant`, by the rule issuing applies
 * (`issuingClosure`): the first start of one of its opening spans, later today or on a following
 * day that is not closed (a public holiday, a day off the centre closes). The kiosk says it
 * beside a refusal. A service without opening hours gives numbers all day: its next opening is
 * the next day the centre is open, with no hour (`from` null). Null when none comes within a
 * month. `fromTomorrow` (default false) skips the rest of today, for a service whose numbers for
 * today are used up.
 */
export const nextIssuingOpening = (
  instant: Date,
  service: { openingHours?: readonly OpeningHours[] | undefined },
  rules: IssuingRules,
  { fromTomorrow = false }: { fromTomorrow?: boolean } = {},
): IssuingOpening | null => {
  const hours = service.openingHours ?? [];
  const now = localTime(instant, rules.timeZone);
  for (let offset = fromTomorrow ? 1 : 0; offset <= lookAheadDays; offset += 1) {
    const day = addCalendarDays(now.date, offset);
    if (dayClosure(day, rules) !== null) continue;
    const weekday = isoWeekdayOf(day);
    if (hours.length === 0) return { day, weekday, from: null };
    const [from] = hours
      .filter((span) => span.weekdays.includes(weekday))
      .map((span) => span.from)
      .filter((from) => offset > 0 || from > now.time)
      .sort();
    if (from) return { day, weekday, from };
  }
  return null;
};
