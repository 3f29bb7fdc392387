import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content size as "width×height", updated when it changes: a fitted panel
 * measures its text again when the screen turns or a notice band takes height from it.
 */
export const useElementSize = (ref: RefObject<HTMLElement | null>): string => {
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize(`${entry.contentRect.width}×${entry.contentRect.height}`);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
};
