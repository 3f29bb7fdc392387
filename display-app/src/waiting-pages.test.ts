import { describe, expect, it } from 'vitest';
import { waitingPages } from './waiting-pages';

describe('waitingPages', () => {
  it('keeps a short list on one page', () => {
    expect(waitingPages(['a', 'b', 'c'], 6)).toEqual([['a', 'b', 'c']]);
    expect(waitingPages([], 6)).toEqual([[]]);
  });

  it('splits a long list into full pages in order, the rest on the last', () => {
    const items = Array.from({ length: 14 }, (_, index) => index);
    const pages = waitingPages(items, 6);
    expect(pages.map((page) => page.length)).toEqual([6, 6, 2]);
    expect(pages.flat()).toEqual(items);
  });
});
