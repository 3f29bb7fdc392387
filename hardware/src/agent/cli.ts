import { hostname } from 'node:os';
import { createKeypad } from '../keypad/create-keypad';
import { createPrinter } from '../printer/create-printer';
import { createScanner } from '../scanner/create-scanner';
import { startAgent } from './agent';
import { agentUsage, parseAgentCommand } from './cli-options';

const main = (): void => {
  const command = parseAgentCommand(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(`${agentUsage}\n`);
    return;
  }
  const agent = startAgent({
    serverUrl: command.serverUrl,
    agentId: command.agentId ?? `agent-${hostname().replace(/[^A-Za-z0-9._-]/g, '-')}`,
    ...(command.token ? { token: command.token } : {}),
    boundTo: command.device,
    printer: command.printer ? createPrinter(command.printer) : null,
    scanner: command.scanner ? createScanner(command.scanner) : null,
    keypad: command.keypad ? createKeypad(command.keypad) : null,
    statusPollMs: command.statusPollMs,
  });
  void agent.ready.then(() => {
    process.stdout.write(`OpenOPS agent connected to ${command.serverUrl} for ${command.device}\n`);
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
  // A usage mistake or a bad device URI (DeviceUriError): the message names what is wrong.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n\n${agentUsage}\n`);
  process.exit(1);
}
