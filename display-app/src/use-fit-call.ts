import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitCall, fullSizeCall, type CallScales } from './current-call-fit';
import { useElementSize } from './use-element-size';

/** A name on more lines than this is hard to take in from across the room: it shrinks first. */
const maximumNameLines = 3;

const apply = (section: HTMLElement, scales: CallScales): void => {
  section.style.setProperty('--name-scale', String(scales.name));
  section.style.setProperty('--number-scale', String(scales.number));
};

/** Whether the call spills out of its section, a word is cut, or the name takes too many lines. */
const overflows = (section: HTMLElement): boolean => {
  const call = section.querySelector<HTMLElement>('.current-call');
  if (!call) return false;
  const edge = section.getBoundingClientRect();
  const box = call.getBoundingClientRect();
  if (
    box.top < edge.top - 0.5 ||
    box.bottom > edge.bottom + 0.5 ||
    box.left < edge.left - 0.5 ||
    box.right > edge.right + 0.5
  ) {
    return true;
  }
  const cells = [...call.querySelectorAll<HTMLElement>('.number, .counter, .counter-detail')];
  if (cells.some((cell) => cell.scrollWidth > cell.clientWidth + 1)) return true;
  const name = call.querySelector<HTMLElement>('.counter-detail');
  if (!name) return false;
  const style = getComputedStyle(name);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
  return name.getBoundingClientRect().height > lineHeight * maximumNameLines + 1;
};

/**
 * The scales at which the current call fits its card (`fitCall`), measured on screen: again
 * when the call (`content`) or the section's size changes. Shrinking the call never changes
 * the section's size: the card's height comes from the screen, not from its text.
 */
export const useFitCall = (
  sectionRef: RefObject<HTMLElement | null>,
  content: string,
): CallScales => {
  const [scales, setScales] = useState(fullSizeCall);
  const sectionSize = useElementSize(sectionRef);

  useLayoutEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const fitted = fitCall((tried) => {
      apply(section, tried);
      return !overflows(section);
    });
    // Left on the element as chosen, so it matches what React renders from the state.
    apply(section, fitted);
    setScales((previous) =>
      previous.name === fitted.name && previous.number === fitted.number ? previous : fitted,
    );
  }, [sectionRef, content, sectionSize]);

  return scales;
};
