/**
 * Extra time every write gets beyond its bytes' time on the line: a printer busy cutting,
 * feeding or warming its head takes nothing for a moment. Default 5 s, so that a job that
 * never leaves still fails well inside the server's 30 s wait for the agent's answer.
 */
export const writeMarginMs = 5000;

/**
 * Allowance over the link's raw speed: flow-control pauses, a printer slower than its line.
 * The agent tells the server the same slack when it announces a long transfer, so the server
 * still waits when this deadline passes.
 */
const speedSlack = 1.5;

/**
 * How long a write of `byteCount` bytes may take before the link counts as stuck: the bytes'
 * time at the link's speed with some slack, plus a margin.
 */
export const writeDeadlineMs = (
  byteCount: number,
  bytesPerSecond: number,
  marginMs: number = writeMarginMs,
): number => marginMs + Math.ceil((byteCount / bytesPerSecond) * 1000 * speedSlack);

/** Bytes per second of a serial line: 10 bits a byte (start, 8 data, stop). */
export const serialBytesPerSecond = (baudRate: number): number => baudRate / 10;
