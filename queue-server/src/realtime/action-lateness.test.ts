import { describe, expect, it } from 'vitest';
import { clockOffsetAt, latenessOf } from './action-lateness';

describe('how late a counter action arrived', () => {
  it('brings the client clock onto the server clock from the handshake', () => {
    // The page has run 1,000 s; the server process 50 s.
    const offset = clockOffsetAt(1_000_000, 50_000);
    expect(offset).toBe(-950_000);
    // Sent 200 s into the page's life, received 251 s into the server's: 1 s on the way.
    expect(latenessOf(offset, 1_200_000, 251_000)).toBe(1_000);
  });

  it('is unknown for clients that time neither the connection nor the action', () => {
    expect(clockOffsetAt(undefined, 50_000)).toBeNull();
    expect(latenessOf(null, 1_200_000, 251_000)).toBeNull();
    expect(latenessOf(-950_000, undefined, 251_000)).toBeNull();
  });
});
