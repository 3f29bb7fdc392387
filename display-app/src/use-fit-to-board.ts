import { useLayoutEffect, useState, type RefObject } from 'react';
import {
  fitCounterBoard,
  minimumNameEms,
  nameShare,
  unmeasuredBoard,
  type CounterBoardLayout,
} from './counter-board-layout';
import { useElementSize } from './use-element-size';

/**
 * Whether a name is squeezed: wrapped or cut in a column narrower than both its cap and
 * `minimumNameEms`. A name given that much room may wrap to two lines and end in an ellipsis:
 * it is not worth shrinking every other counter's number for.
 */
const squeezed = (name: HTMLElement, cap: number): boolean => {
  const style = getComputedStyle(name);
  const fontSize = parseFloat(style.fontSize);
  if (name.clientWidth >= Math.min(cap, fontSize * minimumNameEms) - 1) return false;
  const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.2;
  return name.clientHeight > lineHeight * 1.5 || name.scrollHeight > name.clientHeight + 1;
};

/**
 * Whether the board's rows spill out of it (below, or past its side), a latest number is cut,
 * or a name is squeezed below its cap.
 */
const overflows = (board: HTMLElement, list: HTMLElement, columns: number): boolean => {
  const edge = board.getBoundingClientRect();
  if (list.getBoundingClientRect().bottom > edge.bottom + 0.5) return true;
  const latestCut = [...list.querySelectorAll<HTMLElement>('.counter-latest')].some(
    (cell) =>
      cell.scrollWidth > cell.clientWidth + 1 ||
      cell.getBoundingClientRect().right > edge.right + 0.5,
  );
  if (latestCut) return true;
  const cap = (list.clientWidth * nameShare) / columns;
  return [...list.querySelectorAll<HTMLElement>('.counter-name')].some((name) =>
    squeezed(name, cap),
  );
};

const apply = (list: HTMLElement, { columns, scale }: CounterBoardLayout): void => {
  list.style.setProperty('--board-columns', String(columns));
  list.style.setProperty('--board-scale', String(scale));
  list.dataset.columns = String(columns);
};

/**
 * The column count and scale at which the counter board's rows fit the board largest,
 * measured on screen (see `fitCounterBoard`): again when the board's size or `content` (the
 * counters and their numbers) changes.
 */
export const useFitToBoard = (
  boardRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  counterCount: number,
  content: string,
): CounterBoardLayout => {
  const [layout, setLayout] = useState(unmeasuredBoard);
  // The board's own size changes with the screen, and when a notice or a second row of
  // waiting counts takes height from it; fitting the list never changes it.
  const boardSize = useElementSize(boardRef);

  useLayoutEffect(() => {
    const board = boardRef.current;
    const list = listRef.current;
    if (!board || !list) return;
    // Tried on the element directly: each try is one synchronous layout, no re-render.
    const fitted = fitCounterBoard(counterCount, (columns, scale) => {
      apply(list, { columns, scale });
      return !overflows(board, list, columns);
    });
    // Left on the element as chosen, so it matches what React renders from the state.
    apply(list, fitted);
    setLayout((previous) =>
      previous.columns === fitted.columns && previous.scale === fitted.scale ? previous : fitted,
    );
  }, [boardRef, listRef, counterCount, content, boardSize]);

  return layout;
};
