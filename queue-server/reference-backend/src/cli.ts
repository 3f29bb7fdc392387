import path from 'node:path';
import { parseArgs } from 'node:util';
import { startReferenceBackend } from './backend-server';

const usage = `Usage: npm start -w @openops/reference-backend -- --port <n> --data <dir> --key <centre key>
  --port     TCP port; 0 picks a free one (default 8090)
  --host     address to bind (default 127.0.0.1)
  --data     folder for journal.jsonl (default ./.data/reference-backend)
  --key      the centre key /v1 requests must carry (default OPENOPS_CENTRE_KEY)
  --sms-key  key the SMS endpoint requires (default none)
  --no-fsync acknowledge before the record reaches the disk`;

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8090' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.data/reference-backend' },
      key: { type: 'string' },
      'sms-key': { type: 'string' },
      'no-fsync': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  }
  const centreKey = values.key ?? process.env.OPENOPS_CENTRE_KEY;
  if (!centreKey || centreKey.length < 16) {
    throw new Error('--key (or OPENOPS_CENTRE_KEY) must be at least 16 characters');
  }
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const backend = await startReferenceBackend({
    port,
    host: values.host,
    dataDir: path.resolve(cwd, values.data),
    centreKey,
    ...(values['sms-key'] ? { smsKey: values['sms-key'] } : {}),
    fsync: !values['no-fsync'],
  });
  process.stdout.write(`OpenOPS reference backend listening on ${backend.url}\n`);
  const shutdown = (): void => {
    void backend.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
  process.exit(1);
});
