import { describe, expect, it } from 'vitest';
import type { Logger } from '@openops/protocol/logger';
import { lpstatSamples as samples } from '../test-support/lpstat-samples';
import type { CommandResult, CommandRunner } from './cups-commands';
import { createCupsPrinter, cupsJobStuckMs, cupsTicketExpiryMs } from './cups-printer';
import { PrintError } from './printer-driver';

const ok = (stdout: string): CommandResult => ({ code: 0, stdout, stderr: '' });

/**
 * A CUPS client as the driver sees it: `lpstat` answers with captured output for the state the
 * test sets, `lp` queues a job (it stays listed until the test empties the queue), `cancel`
 * removes one. Every command run is recorded.
 */
const fakeCups = () => {
  const cups = {
    printer: samples.idle,
    jobs: [] as string[],
    nextJob: 1,
    lpstatInstalled: true,
    commands: [] as string[],
  };
  const run: CommandRunner = async (command, args) => {
    cups.commands.push([command, ...args].join(' '));
    if (command === 'lpstat') {
      if (!cups.lpstatInstalled) throw new Error('spawn lpstat ENOENT');
      return args.includes('-p')
        ? ok(cups.printer)
        : ok(cups.jobs.map((id) => `${id}   root   1024   Fri Nov 27 17:28:34 2026\n`).join(''));
    }
    if (command === 'lp') {
      const id = `Q-${cups.nextJob++}`;
      cups.jobs.push(id);
      return ok(samples.lpAccepted(id));
    }
    if (command === 'cancel') {
      cups.jobs = cups.jobs.filter((id) => !args.includes(id));
      return ok('');
    }
    throw new Error(`unexpected command ${command}`);
  };
  return { cups, run };
};

const quietLog = (): Logger & { warnings: string[] } => {
  const warnings: string[] = [];
  return {
    warnings,
    debug: () => {},
    info: () => {},
    warn: (message) => warnings.push(message),
    error: () => {},
  };
};

const printerWith = (run: CommandRunner, clock: { now: number }, log = quietLog()) =>
  createCupsPrinter('cups:Q', 'Q', 80, null, { run, now: () => clock.now, log });

const job = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a);
const lpRuns = (commands: string[]): number => commands.filter((c) => c.startsWith('lp ')).length;

describe('CUPS printer', () => {
  it('fails a job on a stopped queue with the fault, instead of leaving it held and counted as printed', async () => {
    const { cups, run } = fakeCups();
    const printer = printerWith(run, { now: 0 });
    cups.printer = samples.stoppedCoverOpen;
    expect(await printer.status()).toEqual({
      state: 'fault',
      faults: ['cover-open', 'paper-near-end'],
    });
    const failure = await printer.print(job, { kind: 'ticket' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PrintError);
    expect(failure).toMatchObject({
      code: 'printer-fault',
      faults: ['cover-open', 'paper-near-end'],
    });
    expect((failure as Error).message).toContain('queue stopped');
    expect(lpRuns(cups.commands)).toBe(0);
  });

  it('reports a printer whose jobs wait too long as offline, and holds new jobs then', async () => {
    const { cups, run } = fakeCups();
    const clock = { now: 0 };
    const printer = printerWith(run, clock);
    // Switched off: CUPS takes the job and retries, and lp exits 0.
    cups.printer = samples.unreachable;
    await printer.print(job, { kind: 'dossier-receipt' });
    expect(await printer.status()).toEqual({ state: 'unknown', faults: [] });
    clock.now += cupsJobStuckMs + 1000;
    expect(await printer.status()).toEqual({ state: 'disconnected', faults: ['offline'] });
    await expect(printer.print(job, { kind: 'ticket' })).rejects.toMatchObject({
      code: 'printer-offline',
    });
    expect(lpRuns(cups.commands)).toBe(1);
    // Back on: the queue drains, and jobs go again.
    cups.jobs = [];
    cups.printer = samples.idle;
    expect(await printer.status()).toEqual({ state: 'unknown', faults: [] });
    await printer.print(job, { kind: 'ticket' });
    expect(lpRuns(cups.commands)).toBe(2);
  });

  it('cancels tickets held in the queue past the expiry, and keeps receipts to print when paper is back', async () => {
    const { cups, run } = fakeCups();
    const clock = { now: 0 };
    const printer = printerWith(run, clock);
    await printer.print(job, { kind: 'ticket' });
    await printer.print(job, { kind: 'dossier-receipt' });
    await printer.print(job, { kind: 'checklist' });
    await printer.print(job); // a caller that does not say what it prints
    cups.printer = samples.paperOut;
    clock.now += cupsTicketExpiryMs - 1000;
    await printer.status();
    expect(cups.commands.filter((command) => command.startsWith('cancel'))).toEqual([]);
    clock.now += 2000;
    expect(await printer.status()).toEqual({ state: 'fault', faults: ['paper-out'] });
    expect(cups.commands.filter((command) => command.startsWith('cancel'))).toEqual([
      'cancel Q-1',
      'cancel Q-3',
    ]);
    expect(cups.jobs).toEqual(['Q-2', 'Q-4']);
  });

  it('titles each job by its kind, for whoever reads the queue at the machine', async () => {
    const { cups, run } = fakeCups();
    await printerWith(run, { now: 0 }).print(job, { kind: 'ticket' });
    expect(cups.commands.at(-1)).toBe('lp -d Q -o raw -t openops-ticket -');
  });

  it('prints as before when lpstat is not installed, saying so once', async () => {
    const { cups, run } = fakeCups();
    cups.lpstatInstalled = false;
    const log = quietLog();
    const printer = printerWith(run, { now: 0 }, log);
    expect(await printer.status()).toEqual({ state: 'unknown', faults: [] });
    await printer.print(job, { kind: 'ticket' });
    await printer.status();
    expect(lpRuns(cups.commands)).toBe(1);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^Không đọc được hàng đợi CUPS Q: thiếu lpstat/);
  });

  it('fails a job when the queue cannot be read (no such queue, or CUPS down)', async () => {
    const { cups, run } = fakeCups();
    const failing: CommandRunner = async (command, args, input) =>
      command === 'lpstat'
        ? { code: 1, stdout: '', stderr: samples.unknownQueue }
        : run(command, args, input);
    const printer = printerWith(failing, { now: 0 });
    expect(await printer.status()).toEqual({ state: 'disconnected', faults: ['offline'] });
    await expect(printer.print(job)).rejects.toMatchObject({ code: 'printer-offline' });
    expect(lpRuns(cups.commands)).toBe(0);
  });
});
