import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockSampleIntervalMs } from '@openops/protocol';
import { sendClockSamples } from './clock-samples';

afterEach(() => {
  vi.useRealTimers();
});

/** A socket that records what it is sent and lets the test close it. */
const socketThat = (connected: boolean) => {
  const sent: unknown[] = [];
  let onDisconnect: (reason: string) => void = () => undefined;
  const socket = {
    connected,
    emit: (event: 'clock:sample', body: unknown) => sent.push([event, body]),
    on: (_event: 'disconnect', listener: (reason: string) => void) => {
      onDisconnect = listener;
    },
  };
  return { socket, sent, close: (reason: string) => onDisconnect(reason) };
};

describe("a page's clock samples", () => {
  it('go every interval while connected, and stop once the page closes the socket', () => {
    vi.useFakeTimers();
    const { socket, sent, close } = socketThat(true);
    sendClockSamples(socket);
    vi.advanceTimersByTime(clockSampleIntervalMs * 3);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toEqual(['clock:sample', { sentAt: expect.any(Number) }]);
    // A dropped link reconnects by itself: the samples go on.
    close('transport close');
    vi.advanceTimersByTime(clockSampleIntervalMs);
    expect(sent).toHaveLength(4);
    close('io client disconnect');
    vi.advanceTimersByTime(clockSampleIntervalMs * 3);
    expect(sent).toHaveLength(4);
  });

  it('are not sent while disconnected: a late one would teach the server a wrong clock', () => {
    vi.useFakeTimers();
    const { socket, sent } = socketThat(false);
    sendClockSamples(socket);
    vi.advanceTimersByTime(clockSampleIntervalMs * 2);
    expect(sent).toEqual([]);
  });
});
