import type { CentreConfig } from '../config/centre-config-schema';
import type { HourRow, RatingLevel, Report, ReportQuery, SatisfactionRow } from '@openops/protocol';
import { businessDayOf } from '../domain/business-day';
import type { RatingRecord, ReportRecords } from './report-rows';
import { durationStats, percent } from './statistics';

const seconds = (from: string, to: string): number =>
  Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

const hourFormat = new Map<string, Intl.DateTimeFormat>();
/** Hour of day (0–23) of an instant in the centre's time zone. */
export const hourIn = (instant: string, timeZone: string): number => {
  let format = hourFormat.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' });
    hourFormat.set(timeZone, format);
  }
  return Number(format.format(new Date(instant))) % 24;
};

const buildHours = (records: ReportRecords, timeZone: string): HourRow[] => {
  const rows = new Map<
    number,
    { issued: number; served: number; noShow: number; waits: number[] }
  >();
  records.tickets.forEach((ticket) => {
    const hour = hourIn(ticket.issuedAt, timeZone);
    const row = rows.get(hour) ?? { issued: 0, served: 0, noShow: 0, waits: [] };
    row.issued += 1;
    if (ticket.state === 'done') row.served += 1;
    if (ticket.state === 'no-show') row.noShow += 1;
    if (ticket.calledAt) row.waits.push(seconds(ticket.issuedAt, ticket.calledAt));
    rows.set(hour, row);
  });
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([hour, row]) => ({
      hour,
      issued: row.issued,
      served: row.served,
      noShow: row.noShow,
      meanWaitSeconds: durationStats(row.waits).meanSeconds,
    }));
};

type Group = Pick<
  SatisfactionRow,
  'verySatisfied' | 'satisfied' | 'neutral' | 'dissatisfied' | 'veryDissatisfied'
>;

const groupKeys: Record<RatingLevel, keyof Group> = {
  'very-satisfied': 'verySatisfied',
  satisfied: 'satisfied',
  neutral: 'neutral',
  dissatisfied: 'dissatisfied',
  'very-dissatisfied': 'veryDissatisfied',
};

const emptyGroup = (): Group => ({
  verySatisfied: 0,
  satisfied: 0,
  neutral: 0,
  dissatisfied: 0,
  veryDissatisfied: 0,
});

const satisfactionRows = (
  ratings: readonly RatingRecord[],
  scope: SatisfactionRow['scope'],
  keyOf: (rating: RatingRecord) => string,
  nameOf: (id: string) => string,
): SatisfactionRow[] => {
  const groups = new Map<string, Group>();
  ratings.forEach((rating) => {
    const key = keyOf(rating);
    const group = groups.get(key) ?? emptyGroup();
    // Levels are stored as the keypad's names; one this build does not know is not counted.
    if (rating.level in groupKeys) group[groupKeys[rating.level as RatingLevel]] += 1;
    groups.set(key, group);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, group]) => {
      const total = Object.values(group).reduce((sum, count) => sum + count, 0);
      return {
        scope,
        id,
        name: nameOf(id),
        total,
        ...group,
        satisfactionRate: percent(group.verySatisfied + group.satisfied, total),
      };
    });
};

const finishedAt = (dossier: ReportRecords['dossiers'][number]): string | null => {
  if (dossier.returnedAt) return dossier.returnedAt;
  return dossier.status === 9 || dossier.status === 10 ? dossier.statusAt : null;
};

/** A period's figures from its raw records: pure, so the rules are tested without a server. */
export const computeReport = (
  query: ReportQuery,
  records: ReportRecords,
  config: Pick<CentreConfig, 'centre' | 'services' | 'counters'> & {
    /** Configured officers and removed ones (`officer-names.ts`): records name both. */
    officers?: ReadonlyArray<{ id: string; name: string }> | undefined;
  },
  now: Date,
): Report => {
  const timeZone = config.centre.timeZone;
  const { tickets } = records;
  const waits = tickets.flatMap((ticket) =>
    ticket.calledAt ? [seconds(ticket.issuedAt, ticket.calledAt)] : [],
  );
  const services = tickets.flatMap((ticket) =>
    ticket.state === 'done' && ticket.servingStartedAt && ticket.finishedAt
      ? [seconds(ticket.servingStartedAt, ticket.finishedAt)]
      : [],
  );
  const today = businessDayOf(now, timeZone);
  const dossiers = { received: records.dossiers.length, onTime: 0, late: 0, pending: 0 };
  records.dossiers.forEach((dossier) => {
    const finished = finishedAt(dossier);
    if (finished) {
      if (businessDayOf(new Date(finished), timeZone) <= dossier.returnDate) dossiers.onTime += 1;
      else dossiers.late += 1;
    } else if (today > dossier.returnDate) dossiers.late += 1;
    else dossiers.pending += 1;
  });

  const officerName = (id: string): string =>
    config.officers?.find((officer) => officer.id === id)?.name ?? id;
  const counterName = (id: string): string =>
    config.counters.find((counter) => counter.id === id)?.name ?? id;
  const serviceName = (id: string): string =>
    config.services.find((service) => service.id === id)?.name ?? id;
  const { ratings } = records;

  const filters = [
    query.serviceId ? { label: 'Dịch vụ', name: serviceName(query.serviceId) } : null,
    query.counterId ? { label: 'Quầy', name: counterName(query.counterId) } : null,
    query.officerId ? { label: 'Cán bộ', name: officerName(query.officerId) } : null,
  ].filter((filter) => filter !== null);

  return {
    query,
    filters,
    tickets: {
      issued: tickets.length,
      served: tickets.filter((ticket) => ticket.state === 'done').length,
      noShow: tickets.filter((ticket) => ticket.state === 'no-show').length,
      cancelled: tickets.filter((ticket) => ticket.state === 'cancelled').length,
    },
    waiting: durationStats(waits),
    service: durationStats(services),
    hours: buildHours(records, timeZone),
    dossiers,
    satisfaction: [
      ...satisfactionRows(
        ratings,
        'total',
        () => 'total',
        () => 'Toàn trung tâm',
      ),
      ...satisfactionRows(
        ratings.filter((rating) => rating.officerId !== null),
        'officer',
        (rating) => rating.officerId ?? '',
        officerName,
      ),
      ...satisfactionRows(ratings, 'counter', (rating) => rating.counterId, counterName),
      ...satisfactionRows(ratings, 'service', (rating) => rating.serviceId, serviceName),
    ],
  };
};
