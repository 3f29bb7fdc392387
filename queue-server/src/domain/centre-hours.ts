import type { Calendar, OpeningHours } from '@openops/protocol';
import { isWithinOpeningHours, localTime } from './opening-hours';
import { isWorkingDay } from './working-days';

export type CentreHours = {
  /** The centre's IANA time zone: its days and hours are local ones. */
  timeZone: string;
  calendar: Calendar;
  services: readonly { openingHours?: readonly OpeningHours[] | undefined }[];
};

/**
 * Whether the centre is at work at an instant: a working day on its calendar (holidays off,
 * make-up days on), within the opening hours of at least one service. A service without hours
 * takes tickets at any time, so with one such service the whole working day counts.
 */
export const isCentreAtWork = (instant: Date, centre: CentreHours): boolean => {
  const local = localTime(instant, centre.timeZone);
  return (
    isWorkingDay(local.date, centre.calendar) &&
    centre.services.some((service) => isWithinOpeningHours(service.openingHours, local))
  );
};
