import type { Report, ReportQuery } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import { computeReport } from './compute-report';
import { readReportRecords } from './report-rows';

export type ReportService = { report: (query: ReportQuery) => Report };

export const createReportService = ({
  database,
  config,
  clock,
}: {
  database: SqliteDatabase;
  config: CentreConfigStore;
  clock: () => Date;
}): ReportService => ({
  report: (query) => {
    const current = config.current();
    const officerName = query.officerId
      ? (current.officers?.find((officer) => officer.id === query.officerId)?.name ??
        query.officerId)
      : null;
    return computeReport(query, readReportRecords(database, query, officerName), current, clock());
  },
});
