import { describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io';
import {
  createClientClock,
  followClientClock,
  latenessOf,
  rememberClientClock,
} from './action-lateness';

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

describe("a page's clock followed for days", () => {
  it('stays on time with a sample every minute, though the clocks drift 30 ppm apart', () => {
    const page = {} as Socket;
    // The page's clock runs 30 ppm slow: 2.6 s a day, past the 1 s a quick trip may take.
    const pageClockAt = (serverTime: number): number => serverTime * (1 - 30e-6);
    rememberClientClock(page, createClientClock(0, 0));
    const minute = 60_000;
    const days = 4;
    let worst = 0;
    for (let at = minute; at <= days * 24 * 60 * minute; at += minute) {
      // A sample on its way for 5 ms.
      latenessOf(page, pageClockAt(at), at + 5);
      if (at % (2 * 60 * minute) === 0) {
        // An action sent at once, every two hours: never near the 8 s after which it is refused.
        const late = latenessOf(page, pageClockAt(at + 30_000), at + 30_005) ?? 0;
        worst = Math.max(worst, late);
      }
    }
    expect(worst).toBeLessThan(100);
  });

  it('would call every action late by the fourth day without the samples', () => {
    const page = {} as Socket;
    const pageClockAt = (serverTime: number): number => serverTime * (1 - 30e-6);
    rememberClientClock(page, createClientClock(0, 0));
    const fourthDay = 4 * 24 * 3_600_000;
    expect(latenessOf(page, pageClockAt(fourthDay), fourthDay + 5)).toBeGreaterThan(8_000);
  });
});

describe("a page's clock:sample messages", () => {
  it('are taken as samples of its clock; anything else under that name is ignored', () => {
    const handlers = new Map<string, (body: unknown) => void>();
    const page = {
      on: (event: string, handler: (body: unknown) => void) => handlers.set(event, handler),
    } as unknown as Socket;
    // A window of 0: each sample replaces the one before, as a day's drift does over the window.
    // The page had run 10 s at the handshake (a worker's clock may itself be young: a sample
    // is never negative).
    const clock = createClientClock(10_000, 0, 0);
    rememberClientClock(page, clock);
    followClientClock(page);
    const sample = handlers.get('clock:sample');
    // The page's clock has fallen 500 ms behind the server's since the handshake.
    const serverNow = performance.now();
    const pageNow = serverNow + 10_000 - 500;
    sample?.({ sentAt: 'soon' });
    expect(clock.latenessOf(pageNow, serverNow)).toBeCloseTo(500);
    sample?.({ sentAt: pageNow });
    // Read against the sample: on time again.
    expect(Math.abs(clock.latenessOf(pageNow, serverNow) ?? Number.NaN)).toBeLessThan(50);
  });
});
