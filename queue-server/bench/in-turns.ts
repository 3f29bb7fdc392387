/**
 * Measuring in turns (see `inTurns`): how the bench compares an operation with its baseline on
 * a machine whose speed drifts from minute to minute.
 */

/** Samples dropped at the start of each block of a paired run, while its loop warms up. */
export const blockWarmUp = 5;

/** How long one acknowledged emit takes, in ms. */
export const timeAck = async (send: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await send();
  return performance.now() - started;
};

/**
 * Measures operations in turns: a block of each (a tight loop, its first samples, taken while
 * the loop warms up, dropped), the blocks taking turns so that every operation sees the same
 * stretches of a machine whose speed drifts (a shared virtual machine's disk and CPU do). The
 * ratios then compare like with like.
 */
export const inTurns = async <Name extends string>(
  samples: number,
  operations: Record<Name, () => Promise<number[]>>,
  blockSize = 50,
): Promise<Record<Name, number[]>> => {
  const names = Object.keys(operations) as Name[];
  const kept = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Name,
    number[]
  >;
  for (let taken = 0; taken < samples; taken += blockSize) {
    for (const name of names) {
      for (let index = 0; index < blockSize + blockWarmUp; index += 1) {
        const values = await operations[name]();
        if (index >= blockWarmUp) kept[name].push(...values);
      }
    }
  }
  return kept;
};

export const paired = async (
  samples: number,
  baseline: () => Promise<number[]>,
  measured: () => Promise<number[]>,
  blockSize = 50,
): Promise<{ baseline: number[]; measured: number[] }> =>
  inTurns(samples, { baseline, measured }, blockSize);
