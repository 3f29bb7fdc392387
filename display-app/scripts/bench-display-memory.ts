/**
 * Days of calls through the display's state in a few seconds: the call board and the
 * announcer (with a player whose clips end at once) take 300,000 calls, and the heap is
 * measured after each 100,000. Figures that do not climb with the count mean nothing grows with the number of calls.
 *
 *   npm run bench -w @openops/display-app     (node --expose-gc --import tsx)
 */
import { callsKeptFor, type Call } from '@openops/protocol';
import { createAnnouncer } from '../src/announcement/announcer';
import { announcementClips } from '../src/announcement/clips';
import { withCall } from '../src/call-board';

const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc: heap figures without a full GC are noise');
  // Twice: the first pass may leave garbage that finalisers of the first freed.
  gc();
  gc();
};

const heapMb = (): number => {
  collect();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const callAt = (index: number): Call => ({
  ticketId: `t-${index}`,
  ticketNumber: `A${String(index % 10000).padStart(3, '0')}`,
  serviceId: 'ho-tich',
  counterId: `quay-${(index % 12) + 1}`,
  counterNumber: (index % 12) + 1,
  counterName: `Quầy ${(index % 12) + 1}`,
  calledAt: new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString(),
  recall: index % 17 === 0,
});

const run = async (): Promise<void> => {
  const kept = callsKeptFor(12, 3);
  let calls: Call[] = [];
  let spoken = 0;
  const announcer = createAnnouncer({
    player: { play: () => Promise.resolve() },
    onEvent: (event) => {
      if (event.kind === 'finished') spoken += 1;
    },
  });
  const started = performance.now();
  const figures: string[] = [`start: heap ${heapMb().toFixed(1)} MB`];
  for (let index = 1; index <= 300_000; index += 1) {
    const call = callAt(index);
    calls = withCall(calls, call, kept);
    announcer.announce({
      key: call.ticketId,
      label: call.ticketNumber,
      clips: announcementClips(call),
      counterId: call.counterId,
      ticketId: call.ticketId,
    });
    // Let the announcer drain as it would between calls.
    if (index % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (index % 100_000 === 0) {
      figures.push(`${index} calls: heap ${heapMb().toFixed(1)} MB, board ${calls.length}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `display memory bench: ${figures.join('; ')}; ${spoken} spoken; ${(300_000 / seconds).toFixed(0)} calls/s\n`,
  );
};

void run();
