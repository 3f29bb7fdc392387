import { clockSampleIntervalMs, type ClockSample } from '@openops/protocol';

/** What sending clock samples needs of a kiosk's or counter's socket. */
type SampledSocket = {
  readonly connected: boolean;
  emit: (event: 'clock:sample', body: ClockSample) => unknown;
  on: (event: 'disconnect', listener: (reason: string) => void) => unknown;
};

/**
 * Sends the page's clock every `clockSampleIntervalMs` while connected, so the server's
 * estimate of it follows the drift between the two machines' clocks (actions are refused as
 * late against it). Stops when the page closes the socket itself.
 */
export const sendClockSamples = (socket: SampledSocket): void => {
  const timer = setInterval(() => {
    if (socket.connected) socket.emit('clock:sample', { sentAt: performance.now() });
  }, clockSampleIntervalMs);
  socket.on('disconnect', (reason) => {
    if (reason === 'io client disconnect') clearInterval(timer);
  });
};
