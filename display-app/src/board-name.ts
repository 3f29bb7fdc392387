import type { Counter } from '@openops/protocol';

/** Longest counter name the board shows as it is: two lines of its name column at most. */
export const boardNameLength = 24;

/**
 * A counter's name on the counter board. A name too long for its column would be cut to its
 * first words ("Quầy tiếp…"), and two counters named alike ("… số 3", "… số 4") would read the
 * same: the board then shows the counter by its number, as the call is announced. The current
 * call's card, which has the room, keeps the whole name.
 */
export const boardName = (counter: Pick<Counter, 'name' | 'number'>): string =>
  counter.name.length <= boardNameLength ? counter.name : `Quầy ${counter.number}`;
