import { describe, expect, it } from 'vitest';
import { createOpenStatusPull } from './open-status-pull';

const open = ['A', 'B', 'C', 'D', 'E'];
const openCodes = (limit: number, after: string | null): string[] =>
  open.filter((code) => after === null || code > after).slice(0, limit);

describe('background status pull', () => {
  it('refreshes every open dossier in turn, then starts over', async () => {
    const refreshed: string[] = [];
    const pull = createOpenStatusPull({
      openCodes,
      refreshStatus: (code) => {
        refreshed.push(code);
        return Promise.resolve('stored');
      },
      batch: 2,
    });
    for (let call = 0; call < 4; call += 1) await pull();
    expect(refreshed).toEqual(['A', 'B', 'C', 'D', 'E', 'A', 'B']);
  });

  it('carries on where it stopped when the backend could not be reached', async () => {
    const refreshed: string[] = [];
    let reachable = true;
    const pull = createOpenStatusPull({
      openCodes,
      refreshStatus: (code) => {
        if (code === 'B' && !reachable) return Promise.resolve('unreachable');
        refreshed.push(code);
        return Promise.resolve('stored');
      },
      batch: 3,
    });
    reachable = false;
    expect(await pull()).toBe(1);
    reachable = true;
    expect(await pull()).toBe(3);
    expect(refreshed).toEqual(['A', 'B', 'C', 'D']);
  });
});
