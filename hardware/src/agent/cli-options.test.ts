import { describe, expect, it } from 'vitest';
import { parseAgentCommand, UsageError } from './cli-options';

describe('agent command line', () => {
  it('requires --device: an agent without it would take over another kiosk’s printer', () => {
    expect(() => parseAgentCommand(['--server', 'http://localhost:8080'])).toThrow(UsageError);
    expect(() => parseAgentCommand(['--server', 'http://localhost:8080'])).toThrow(
      /--device is required/,
    );
  });

  it('reads a full command line', () => {
    expect(
      parseAgentCommand([
        '--server',
        'http://192.168.1.10:8080/',
        '--device',
        'counter-pc-3',
        '--printer',
        'tcp://192.168.1.50:9100',
        '--status-interval',
        '500',
      ]),
    ).toEqual({
      kind: 'run',
      serverUrl: 'http://192.168.1.10:8080',
      device: 'counter-pc-3',
      agentId: undefined,
      token: undefined,
      printer: 'tcp://192.168.1.50:9100',
      scanner: undefined,
      keypad: undefined,
      statusPollMs: 500,
    });
    expect(parseAgentCommand(['--help'])).toEqual({ kind: 'help' });
  });

  it('names what is wrong in any other mistake', () => {
    expect(() => parseAgentCommand(['--device', 'kiosk-1'])).toThrow(/--server is required/);
    expect(() =>
      parseAgentCommand(['--server', 'http://x', '--device', 'kiosk-1', '--status-interval', '5']),
    ).toThrow(/--status-interval/);
    expect(() => parseAgentCommand(['--server', 'http://x', '--devise', 'kiosk-1'])).toThrow(
      UsageError,
    );
  });
});
