import { describe, expect, it } from 'vitest';
import { createClientClock } from './action-lateness';

describe('how late a counter action arrived', () => {
  it('brings the page clock onto the server clock from the handshake', () => {
    // The page has run 1,000 s; the server process 50 s.
    const clock = createClientClock(1_000_000, 50_000);
    // Sent 200 s into the page's life, received 251 s into the server's: 1 s on the way.
    expect(clock.latenessOf(1_200_000, 251_000)).toBe(1_000);
    expect(clock.latenessOf(undefined, 251_000)).toBeNull();
  });

  it('corrects a slow handshake with the next action that travels fast', () => {
    // The handshake spent 5 s on the way: at first, lateness reads 5 s short.
    const clock = createClientClock(1_000_000, 55_000);
    expect(clock.latenessOf(1_100_000, 150_000)).toBe(-5_000);
    clock.observe(1_100_000, 150_000);
    // A press held 9 s is now seen as 9 s late, not 4.
    expect(clock.latenessOf(1_200_000, 259_000)).toBe(9_000);
  });

  it('takes the quickest trip in the window, so a slower one changes nothing while it lasts', () => {
    const clock = createClientClock(0, 0, 60_000);
    clock.observe(10_000, 10_400);
    expect(clock.latenessOf(20_000, 20_000)).toBe(0);
  });

  it('follows a drift between the clocks as old samples age out', () => {
    const clock = createClientClock(0, 0, 60_000);
    // The page's clock loses 1 ms a minute against the server's.
    for (let minute = 1; minute <= 10; minute += 1) {
      clock.observe(minute * 60_000 - minute, minute * 60_000);
    }
    // Against the handshake alone it would read 10 ms late; the window keeps it to a minute's 1.
    expect(clock.latenessOf(600_000 - 10, 600_000)).toBe(1);
  });

  it('keeps its newest sample however long the counter stays idle', () => {
    const clock = createClientClock(0, 0, 60_000);
    // Three hours without an action: a press held 9 s still reads 9 s late.
    expect(clock.latenessOf(3 * 3_600_000, 3 * 3_600_000 + 9_000)).toBe(9_000);
  });
});
