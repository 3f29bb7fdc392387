import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '@openops/protocol/logger';
import { openCentreConfig } from '../config/centre-config-store';
import { openDatabase } from '../store/database';
import { generateMonth } from './month-generator';

const log = createLogger('month-generator');

const usage = `Usage: npm run generate-month -w @openops/queue-server -- --data <dir> --month YYYY-MM [--seed <n>] [--per-day <n>] [--as-of <iso>]
  --data     data folder (centre.json, queue.sqlite); the demo centre is created when missing
  --month    the month to fill, e.g. 2026-10
  --seed     whole number; the same seed gives the same records (default 1)
  --per-day  most tickets per service per working day (default 40)
  --as-of    instant dossier outcomes are decided at (default now)
Prints the counts written as JSON. Stop the server using the folder first.`;

const main = (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      month: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'per-day': { type: 'string', default: '40' },
      'as-of': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help || !values.data || !values.month) {
    process.stdout.write(`${usage}\n`);
    process.exitCode = values.help ? 0 : 2;
    return Promise.resolve();
  }
  const seed = Number(values.seed);
  const perDay = Number(values['per-day']);
  if (!Number.isInteger(seed) || !Number.isInteger(perDay) || perDay < 1 || perDay > 500) {
    throw new Error('--seed must be a whole number and --per-day 1 to 500');
  }
  const asOf = values['as-of'] ? new Date(values['as-of']) : new Date();
  if (Number.isNaN(asOf.getTime()))
    throw new Error(`--as-of is not an instant: ${values['as-of']}`);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(cwd, values.data);
  mkdirSync(dataDir, { recursive: true });
  const month = values.month;
  return openCentreConfig(path.join(dataDir, 'centre.json'), { demo: true }).then((config) => {
    const database = openDatabase(path.join(dataDir, 'queue.sqlite'));
    try {
      const summary = generateMonth(database, config.current(), {
        month,
        seed,
        ticketsPerServiceDay: perDay,
        asOf,
      });
      log.info('month written', { dataDir, month, seed, ...summary });
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } finally {
      database.close();
    }
  });
};

main().catch((error: unknown) => {
  log.error('month generation failed', { error: (error as Error).message });
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
