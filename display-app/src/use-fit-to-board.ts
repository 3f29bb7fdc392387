import { useLayoutEffect, useState, type RefObject } from 'react';
import { minimumBoardScale, smallerScale } from './counter-board-layout';

/** Whether the board's rows spill out of it, or a name or number is cut short. */
const overflows = (board: HTMLElement, list: HTMLElement): boolean => {
  if (list.getBoundingClientRect().bottom > board.getBoundingClientRect().bottom + 0.5) {
    return true;
  }
  return [...list.querySelectorAll<HTMLElement>('.counter-name, .counter-latest')].some(
    (cell) => cell.scrollWidth > cell.clientWidth + 1,
  );
};

/**
 * The largest scale, from `start` down, at which the counter board's text fits inside the
 * board: measured on screen after each layout, so a 4:3 panel or a long counter name shrinks
 * the board instead of cutting a counter off. Measured again when the board's size or
 * `content` (the counters and their numbers) changes.
 */
export const useFitToBoard = (
  boardRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  start: number,
  content: string,
): number => {
  const [scale, setScale] = useState(start);
  // The board's own size: it changes with the screen, and when a notice or a second row of
  // waiting counts takes height from it. Scaling the list never changes it.
  const [boardSize, setBoardSize] = useState('');

  useLayoutEffect(() => {
    const board = boardRef.current;
    if (!board) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBoardSize(`${entry.contentRect.width}x${entry.contentRect.height}`);
    });
    observer.observe(board);
    return () => observer.disconnect();
  }, [boardRef]);

  useLayoutEffect(() => {
    const board = boardRef.current;
    const list = listRef.current;
    if (!board || !list) return;
    // Tried on the element directly: each step is one synchronous layout, no re-render.
    let fitted = start;
    list.style.setProperty('--board-scale', String(fitted));
    while (fitted > minimumBoardScale && overflows(board, list)) {
      fitted = smallerScale(fitted);
      list.style.setProperty('--board-scale', String(fitted));
    }
    setScale(fitted);
  }, [boardRef, listRef, start, content, boardSize]);

  return scale;
};
