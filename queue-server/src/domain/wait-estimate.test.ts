import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes, serviceCapacity, typicalServiceMinutes } from './wait-estimate';

/** A small deterministic generator so simulated days are the same on every run. */
const random = (seed: number) => {
  let state = seed;
  return (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
};

type Day = { absoluteErrors: number[]; actualWaits: number[] };

/**
 * Simulates a day at one service: citizens arrive at random, `counters` counters serve
 * them first come first served with exponential service times of mean `trueMinutes`; each
 * arriving citizen gets the estimate from the finished citizens so far, as the server does.
 */
const simulateDay = (options: {
  seed: number;
  counters: number;
  trueMinutes: number;
  configuredMinutes: number;
  arrivalsPerMinute: number;
  minutes: number;
}): Day => {
  const next = random(options.seed);
  const freeAt = Array.from({ length: options.counters }, () => 0);
  const finished: Array<{ finishedAt: number; minutes: number }> = [];
  const startTimes: number[] = [];
  const day: Day = { absoluteErrors: [], actualWaits: [] };
  for (
    let now = 0;
    now < options.minutes;
    now += -Math.log(1 - next()) / options.arrivalsPerMinute
  ) {
    const history = finished
      .filter((entry) => entry.finishedAt <= now)
      .slice(-20)
      .map((entry) => entry.minutes);
    const ahead = startTimes.filter((start) => start > now).length;
    const estimate =
      estimateWaitMinutes(
        ahead,
        options.counters,
        typicalServiceMinutes(history, options.configuredMinutes),
      ) ?? 0;
    const counter = freeAt.indexOf(Math.min(...freeAt));
    const start = Math.max(now, freeAt[counter] ?? 0);
    const serviceMinutes = -Math.log(1 - next()) * options.trueMinutes;
    freeAt[counter] = start + serviceMinutes;
    startTimes.push(start);
    finished.push({ finishedAt: start + serviceMinutes, minutes: serviceMinutes });
    finished.sort((a, b) => a.finishedAt - b.finishedAt);
    day.actualWaits.push(start - now);
    day.absoluteErrors.push(Math.abs(estimate - (start - now)));
  }
  return day;
};

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

describe('wait estimate', () => {
  it('shares the people ahead between the capacity serving the service', () => {
    expect(estimateWaitMinutes(10, 2, 6)).toBe(30);
    expect(estimateWaitMinutes(0, 2, 6)).toBe(0);
    expect(estimateWaitMinutes(5, 0, 6)).toBeNull();
  });

  it('counts a counter shared by two services as half of one, or by weight', () => {
    const counters = [
      { serviceIds: ['a'] },
      { serviceIds: ['a', 'b'] },
      { serviceIds: ['a', 'b'], weights: { a: 3, b: 1 } },
    ];
    expect(serviceCapacity(counters, 'a')).toBeCloseTo(1 + 0.5 + 0.75);
    expect(serviceCapacity(counters, 'b')).toBeCloseTo(0.5 + 0.25);
    expect(serviceCapacity(counters, 'c')).toBe(0);
  });

  it('starts from the configured minutes and moves toward history', () => {
    expect(typicalServiceMinutes([], 6)).toBe(6);
    expect(typicalServiceMinutes([10, 10, 10], 6)).toBe(8);
    expect(
      typicalServiceMinutes(
        Array.from({ length: 30 }, () => 10),
        6,
      ),
    ).toBeCloseTo(9.64, 1);
    // A forgotten "finish" (300 minutes) counts as 4 × configured at most.
    expect(typicalServiceMinutes([300], 5)).toBe((20 + 15) / 4);
  });

  it.each([
    ['a busy day at 3 counters', 1, 3, 6, 6, 0.45],
    ['service slower than configured', 2, 3, 9, 5, 0.3],
    ['a quiet day at 2 counters', 3, 2, 8, 8, 0.15],
  ])(
    'on a simulated day (%s) errs by less than half the mean wait',
    (_label, seed, counters, trueMinutes, configuredMinutes, arrivalsPerMinute) => {
      const day = simulateDay({
        seed,
        counters,
        trueMinutes,
        configuredMinutes,
        arrivalsPerMinute,
        minutes: 480,
      });
      const meanWait = mean(day.actualWaits);
      const meanError = mean(day.absoluteErrors);
      expect(day.actualWaits.length).toBeGreaterThan(50);
      expect(meanError).toBeLessThan(Math.max(meanWait * 0.5, 5));
    },
  );
});
