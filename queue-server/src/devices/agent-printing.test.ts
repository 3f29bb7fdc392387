import { afterEach, describe, expect, it } from 'vitest';
import { startAgent, type RunningAgent } from '@openops/hardware';
import {
  heldPrinter,
  startAgentTestCentre,
  ticket,
  type AgentTestCentre,
} from './agent-test-centre';

// The real agent against the server's real device side, over a real socket.io link.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const centreWithAgent = async (
  printerUri?: string,
  centreOptions: Parameters<typeof startAgentTestCentre>[0] = {},
  statusPollMs = 60_000,
) => {
  const centre = await startAgentTestCentre(centreOptions);
  closers.push(centre.close);
  const printer = heldPrinter(printerUri);
  const agent: RunningAgent = startAgent({
    serverUrl: centre.url,
    agentId: 'agent-kiosk-1',
    boundTo: 'kiosk-1',
    printer: printer.driver,
    statusPollMs,
  });
  closers.push(agent.stop);
  await agent.ready;
  return { centre, printer, agent };
};

describe('printing through the agent', () => {
  it('prints a ticket once when the link drops while it prints and the server sends it again', async () => {
    const { centre, printer } = await centreWithAgent();
    const { jobId, done } = centre.printer.submit('kiosk-1', ticket);
    await expect.poll(() => printer.printed.length).toBe(1);

    // The network drops mid-job: the server queues the job again and sends it on reconnect.
    centre.links().forEach((link) => link.conn.close());
    await expect.poll(() => centre.printer.jobs.get(jobId)?.attempts, { timeout: 5000 }).toBe(2);
    printer.finishNext();

    expect(await done).toMatchObject({ ok: true, data: { state: 'printed' } });
    expect(printer.printed).toHaveLength(1);
  });

  it('a reprint of a printed job prints again', async () => {
    const { centre, printer } = await centreWithAgent();
    const { jobId, done } = centre.printer.submit('kiosk-1', ticket);
    await expect.poll(() => printer.printed.length).toBe(1);
    printer.finishNext();
    await done;
    const again = centre.printer.reprint(jobId);
    await expect.poll(() => printer.printed.length).toBe(2);
    printer.finishNext();
    expect(await again).toMatchObject({ ok: true, data: { state: 'printed', attempts: 2 } });
  });

  it('waits for a long job on a slow serial printer as long as its transfer takes', async () => {
    // An answer timeout far shorter than the job, as 30 s is for a 137 KB receipt at 9600 baud.
    const { centre, printer } = await centreWithAgent('serial:/dev/ttyFAKE?baud=9600', {
      answerTimeoutMs: 1000,
    });
    const { done } = centre.printer.submit('kiosk-1', ticket);
    await expect.poll(() => printer.printed.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    printer.finishNext();
    expect(await done).toMatchObject({ ok: true, data: { state: 'printed' } });
  });

  it('still gives up on an agent that never answers a job on a fast link', async () => {
    const { centre, printer } = await centreWithAgent(undefined, { answerTimeoutMs: 1000 });
    const { done } = centre.printer.submit('kiosk-1', ticket);
    expect(await done).toMatchObject({ ok: false, error: { code: 'printer-offline' } });
    expect(printer.printed).toHaveLength(1);
  });

  it('answers a document it cannot render at once, with a coded failure', async () => {
    const { centre, printer } = await centreWithAgent();
    const started = Date.now();
    const { jobId, done } = centre.printer.submit('kiosk-1', {
      ...ticket,
      timeZone: 'Mars/Olympus',
    });
    expect(await done).toMatchObject({ ok: false });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(centre.printer.jobs.get(jobId)).toMatchObject({
      state: 'failed',
      failureCode: 'internal',
      failureMessage: expect.stringContaining('Mars/Olympus'),
    });
    expect(printer.printed).toHaveLength(0);
  });

  it('polls a slow printer one status at a time, so a job is not held behind a pile of polls', async () => {
    const { centre, printer } = await centreWithAgent(undefined, {}, 10);
    printer.slowStatus(100);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Ten polls' worth of time went by at one poll every 10 ms, each taking 100 ms.
    expect(printer.statusCalls()).toBeLessThan(15);
    const submitted = Date.now();
    const { done } = centre.printer.submit('kiosk-1', ticket);
    await expect.poll(() => printer.printed.length).toBe(1);
    expect(Date.now() - submitted).toBeLessThan(1000);
    printer.finishNext();
    await done;
  });
});

describe('printing through the agent across a server restart', () => {
  /** Long enough for the agent to connect again to a restarted server (socket.io's backoff). */
  const restartMs = 20_000;

  /** Stops the centre one way or the other; the agent connects to the one started after it. */
  const after = async (stop: () => Promise<AgentTestCentre>): Promise<AgentTestCentre> => {
    const next = await stop();
    closers.push(next.close);
    return next;
  };

  /**
   * Finishes the copy on the printer and waits until the job is printed, or a second copy
   * went to the printer instead (a job printed twice keeps the job waiting on that copy).
   */
  const finishFirstCopy = async (
    centre: AgentTestCentre,
    printer: ReturnType<typeof heldPrinter>,
    jobId: string,
  ): Promise<void> => {
    printer.finishNext();
    await expect
      .poll(
        () => centre.printer.jobs.get(jobId)?.state === 'printed' || printer.printed.length > 1,
        { timeout: 5000 },
      )
      .toBe(true);
  };

  it(
    'prints a job once when the server stops while it prints and sends it again after its restart',
    async () => {
      const { centre, printer } = await centreWithAgent();
      const { jobId } = centre.printer.submit('kiosk-1', ticket);
      await expect.poll(() => printer.printed.length).toBe(1);

      // A stop closes the agents' links before the store: the job goes back to the queue.
      const restarted = await after(centre.restart);
      await expect
        .poll(() => restarted.printer.jobs.get(jobId)?.state, { timeout: restartMs })
        .toBe('sending');
      await finishFirstCopy(restarted, printer, jobId);

      expect(printer.printed).toHaveLength(1);
      expect(restarted.printer.jobs.get(jobId)).toMatchObject({ state: 'printed', attempts: 2 });
    },
    restartMs + 10_000,
  );

  it(
    'prints a job once when the link dropped while it printed, it was sent again, and the server crashed',
    async () => {
      const { centre, printer } = await centreWithAgent();
      const { jobId } = centre.printer.submit('kiosk-1', ticket);
      await expect.poll(() => printer.printed.length).toBe(1);
      centre.links().forEach((link) => link.conn.close());
      await expect.poll(() => centre.printer.jobs.get(jobId)?.attempts, { timeout: 5000 }).toBe(2);

      // Still printing, sent twice: the crashed server's store holds the job `sending`.
      const restarted = await after(centre.crash);
      await expect
        .poll(() => restarted.printer.jobs.get(jobId)?.attempts, { timeout: restartMs })
        .toBe(3);
      await finishFirstCopy(restarted, printer, jobId);

      expect(printer.printed).toHaveLength(1);
      expect(restarted.printer.jobs.get(jobId)).toMatchObject({ state: 'printed' });
    },
    restartMs + 10_000,
  );

  it(
    'still prints a reprint again after a restart sent the job under its first request',
    async () => {
      const { centre, printer } = await centreWithAgent();
      const { jobId } = centre.printer.submit('kiosk-1', ticket);
      await expect.poll(() => printer.printed.length).toBe(1);
      const restarted = await after(centre.restart);
      await expect
        .poll(() => restarted.printer.jobs.get(jobId)?.state, { timeout: restartMs })
        .toBe('sending');
      await finishFirstCopy(restarted, printer, jobId);
      expect(printer.printed).toHaveLength(1);

      const again = restarted.printer.reprint(jobId);
      await expect.poll(() => printer.printed.length).toBe(2);
      printer.finishNext();
      expect(await again).toMatchObject({ ok: true, data: { state: 'printed', attempts: 3 } });
    },
    restartMs + 10_000,
  );
});
