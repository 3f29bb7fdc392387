import type { OpeningHours } from '@openops/protocol';
import { canIssueAt, type IssuingRules } from './issuing-hours';

type ServiceHours = { id: string; openingHours?: readonly OpeningHours[] | undefined };

export type CentreHours = IssuingRules & { services: readonly ServiceHours[] };

/**
 * Whether the centre is at work at an instant: a ticket for at least one service could be
 * issued now, by the very rule issuing applies (its opening hours; a public holiday only under
 * `issueOnHolidays`; another day off unless `closedOnNonWorkingDays`). A service without hours
 * takes tickets at any time, so with one such service the centre is always at work on a day it
 * opens.
 */
export const isCentreAtWork = (instant: Date, centre: CentreHours): boolean =>
  centre.services.some((service) => canIssueAt(instant, service, centre));

/**
 * Whether a counter is within its working time: a ticket for one of the services it serves
 * could be issued now. A counter whose services are all gone from the configuration is not.
 */
export const isCounterAtWork = (
  instant: Date,
  counter: { serviceIds: readonly string[] },
  centre: CentreHours,
): boolean =>
  centre.services.some(
    (service) => counter.serviceIds.includes(service.id) && canIssueAt(instant, service, centre),
  );
