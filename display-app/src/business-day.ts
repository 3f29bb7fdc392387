import { businessDayOf, type Call } from '@openops/protocol';

/** The centre's time zone until its snapshot names one: the centres served are in Vietnam. */
export const defaultCentreTimeZone = 'Asia/Ho_Chi_Minh';

/**
 * The calls still to show on business day `today` (`YYYY-MM-DD` in `timeZone`): those of earlier
 * days are dropped, so a screen left on overnight starts the morning empty although nothing is
 * pushed at midnight. Only an earlier day is dropped: a screen whose clock runs behind the
 * server's keeps its calls. The same list comes back when nothing is dropped.
 */
export const callsOfBusinessDay = (calls: Call[], today: string, timeZone: string): Call[] => {
  const kept = calls.filter((call) => businessDayOf(new Date(call.calledAt), timeZone) >= today);
  return kept.length === calls.length ? calls : kept;
};
