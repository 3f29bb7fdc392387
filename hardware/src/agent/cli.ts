import { parseArgs } from 'node:util';
import { hostname } from 'node:os';
import { DeviceUriError } from '../device-uri';
import { createKeypad } from '../keypad/create-keypad';
import { createPrinter } from '../printer/create-printer';
import { createScanner } from '../scanner/create-scanner';
import { startAgent } from './agent';

const usage = `Usage: npm run agent -- --server <url> [--token <t>] [--printer <uri>] [--scanner <uri>] [--keypad <uri>] [--device <id>] [--id <agent id>]
  --server   queue server URL, e.g. http://localhost:8080
  --token    pairing token of this agent, when the centre requires one
  --printer  tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=115200, cups:QueueName,
             or file:/folder (each job saved as .bin and .png; add ?paper=58 for 58 mm)
  --scanner  serial:/dev/ttyACM0 or hid:VID:PID (hex)
  --keypad   serial:/dev/ttyUSB1?buttons=3 or hid:VID:PID?buttons=5 (3, 4 or 5 buttons; default 3)
  --device   the kiosk or counter whose hardware this is (default kiosk-1)
  --id       this agent's id (default agent-<hostname>)
  --status-interval  printer status poll in ms (default 3000)`;

const main = (): void => {
  const { values } = parseArgs({
    options: {
      server: { type: 'string' },
      token: { type: 'string' },
      printer: { type: 'string' },
      scanner: { type: 'string' },
      keypad: { type: 'string' },
      device: { type: 'string', default: 'kiosk-1' },
      id: { type: 'string' },
      'status-interval': { type: 'string', default: '3000' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!values.server) throw new Error('--server is required');
  const statusPollMs = Number(values['status-interval']);
  if (!Number.isInteger(statusPollMs) || statusPollMs < 100) {
    throw new Error(
      `--status-interval must be a whole number of ms ≥ 100, got "${values['status-interval']}"`,
    );
  }
  const agent = startAgent({
    serverUrl: values.server.replace(/\/+$/, ''),
    agentId: values.id ?? `agent-${hostname().replace(/[^A-Za-z0-9._-]/g, '-')}`,
    ...(values.token ? { token: values.token } : {}),
    boundTo: values.device,
    printer: values.printer ? createPrinter(values.printer) : null,
    scanner: values.scanner ? createScanner(values.scanner) : null,
    keypad: values.keypad ? createKeypad(values.keypad) : null,
    statusPollMs,
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
  const message =
    error instanceof DeviceUriError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(1);
}
