import { parseArgs } from 'node:util';

export const agentUsage = `Usage: npm run agent -- --server <url> --device <id> [--token <t>] [--printer <uri>] [--scanner <uri>] [--keypad <uri>] [--id <agent id>]
  --server   queue server URL, e.g. http://localhost:8080
  --device   the kiosk or counter whose hardware this is, e.g. kiosk-1 or counter-pc-3 (required)
  --token    pairing token of this agent, when the centre requires one
  --printer  tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=115200, cups:QueueName,
             or file:/folder (each job saved as .bin and .png; add ?paper=58 for 58 mm)
  --scanner  serial:/dev/ttyACM0 or hid:VID:PID (hex)
  --keypad   serial:/dev/ttyUSB1?buttons=3 or hid:VID:PID?buttons=5 (3, 4 or 5 buttons; default 3)
  --id       this agent's id (default agent-<hostname>)
  --status-interval  printer status poll in ms (default 3000)`;

/** A command line the agent cannot run with; the message says what to change. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type AgentCommand =
  | { kind: 'help' }
  | {
      kind: 'run';
      serverUrl: string;
      device: string;
      agentId: string | undefined;
      token: string | undefined;
      printer: string | undefined;
      scanner: string | undefined;
      keypad: string | undefined;
      statusPollMs: number;
    };

/**
 * Reads the agent's command line. `--device` has no default: an agent started without it
 * would take over some other kiosk's printer.
 */
export const parseAgentCommand = (args: readonly string[]): AgentCommand => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        server: { type: 'string' },
        token: { type: 'string' },
        printer: { type: 'string' },
        scanner: { type: 'string' },
        keypad: { type: 'string' },
        device: { type: 'string' },
        id: { type: 'string' },
        'status-interval': { type: 'string', default: '3000' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { kind: 'help' };
  if (!values.server) throw new UsageError('--server is required');
  if (!values.device) {
    throw new UsageError(
      '--device is required: the kiosk or counter whose hardware this is, e.g. --device kiosk-1',
    );
  }
  const statusPollMs = Number(values['status-interval']);
  if (!Number.isInteger(statusPollMs) || statusPollMs < 100) {
    throw new UsageError(
      `--status-interval must be a whole number of ms ≥ 100, got "${values['status-interval']}"`,
    );
  }
  return {
    kind: 'run',
    serverUrl: values.server.replace(/\/+$/, ''),
    device: values.device,
    agentId: values.id,
    token: values.token,
    printer: values.printer,
    scanner: values.scanner,
    keypad: values.keypad,
    statusPollMs,
  };
};
