import type { ReportOfficer, Report, ReportQuery } from '@openops/protocol';
import type { CentreConfigStore } from '../config/centre-config-store';
import type { SqliteDatabase } from '../store/database';
import type { OfficerNames } from '../store/officer-names';
import { computeReport } from './compute-report';
import { readReportRecords } from './report-rows';

export type ReportService = {
  report: (query: ReportQuery) => Report;
  /** Configured officers in their order, then removed ones by name. */
  officers: () => ReportOfficer[];
};

export const createReportService = ({
  database,
  config,
  clock,
  officerNames,
}: {
  database: SqliteDatabase;
  config: CentreConfigStore;
  clock: () => Date;
  officerNames: OfficerNames;
}): ReportService => {
  const officers = (): ReportOfficer[] => {
    const configured = (config.current().officers ?? []).map(({ id, name }) => ({
      id,
      name,
      removed: false,
    }));
    const ids = new Set(configured.map((officer) => officer.id));
    const removed = officerNames
      .all()
      .filter((officer) => !ids.has(officer.id))
      .map((officer) => ({ ...officer, removed: true }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return [...configured, ...removed];
  };
  return {
    officers,
    report: (query) => {
      const known = officers();
      const officerName = query.officerId
        ? (known.find((officer) => officer.id === query.officerId)?.name ?? query.officerId)
        : null;
      return computeReport(
        query,
        readReportRecords(database, query, officerName),
        { ...config.current(), officers: known },
        clock(),
      );
    },
  };
};
