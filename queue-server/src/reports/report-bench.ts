import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { demoCentre } from '../config/demo-centre';
import { openDatabase } from '../store/database';
import { computeReport } from './compute-report';
import { generateMonth } from './month-generator';
import { reportCsv, reportXlsx } from './report-export';
import { readReportRecords } from './report-rows';

/**
 * How long a report takes on a busy centre: three generated months (80 tickets per service per
 * working day at most), the query read from SQLite, the figures computed, then CSV and XLSX.
 * Prints the median of 5 runs of each step. `npm run bench:supervisor -w @openops/queue-server`.
 */
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const time = async (run: () => unknown): Promise<number> => {
  const samples: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
};

const main = async (): Promise<void> => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-report-bench-'));
  const database = openDatabase(path.join(folder, 'queue.sqlite'));
  const asOf = new Date('2026-12-31T12:00:00Z');
  let tickets = 0;
  const generated = performance.now();
  for (const month of ['2026-08', '2026-09', '2026-10']) {
    tickets += generateMonth(database, demoCentre, {
      month,
      seed: 9,
      ticketsPerServiceDay: 80,
      asOf,
    }).tickets;
  }
  const generateMs = performance.now() - generated;
  const query = { from: '2026-08-01', to: '2026-10-31' };
  const readMs = await time(() => readReportRecords(database, query, null));
  const records = readReportRecords(database, query, null);
  const computeMs = await time(() => computeReport(query, records, demoCentre, asOf));
  const report = computeReport(query, records, demoCentre, asOf);
  const csvMs = await time(() => reportCsv(report, 'summary'));
  const xlsx = await reportXlsx(report);
  const xlsxMs = await time(() => reportXlsx(report));
  const oneService = { ...query, serviceId: 'chung-thuc' };
  const filteredMs = await time(() =>
    computeReport(oneService, readReportRecords(database, oneService, null), demoCentre, asOf),
  );
  database.close();
  rmSync(folder, { recursive: true, force: true });
  const line = (label: string, value: string): void => {
    process.stdout.write(`${label.padEnd(44)}${value}\n`);
  };
  line('tickets in 3 months', String(tickets));
  line('generate 3 months (ms)', generateMs.toFixed(0));
  line('read records from SQLite, median (ms)', readMs.toFixed(1));
  line('compute figures, median (ms)', computeMs.toFixed(1));
  line('one service: read + compute, median (ms)', filteredMs.toFixed(1));
  line('CSV summary, median (ms)', csvMs.toFixed(2));
  line(`XLSX workbook (${xlsx.length} bytes), median (ms)`, xlsxMs.toFixed(1));
};

void main();
