import { parseArgs } from 'node:util';
import { hostname } from 'node:os';
import { createPrinter } from '../printer/create-printer';
import { startAgent } from './agent';

const usage = `Usage: npm run agent -- --server <url> [--printer <uri>] [--device <id>] [--id <agent id>]
  --server   queue server URL, e.g. http://localhost:8080
  --printer  printer URI, e.g. tcp://192.168.1.50:9100
  --device   the kiosk or counter whose hardware this is (default kiosk-1)
  --id       this agent's id (default agent-<hostname>)`;

const main = (): void => {
  const { values } = parseArgs({
    options: {
      server: { type: 'string' },
      printer: { type: 'string' },
      device: { type: 'string', default: 'kiosk-1' },
      id: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!values.server) throw new Error('--server is required');
  const printer = values.printer ? createPrinter(values.printer) : null;
  const agent = startAgent({
    serverUrl: values.server.replace(/\/+$/, ''),
    agentId: values.id ?? `agent-${hostname().replace(/[^A-Za-z0-9._-]/g, '-')}`,
    boundTo: values.device,
    printer,
  });
  void agent.ready.then(() => {
    process.stdout.write(`OpenOPS agent connected to ${values.server} for ${values.device}\n`);
  });
  const shutdown = (): void => {
    void agent.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
};

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
  process.exit(1);
}
