import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Translate } from './messages';

type ScrollState = { overflows: boolean; atEnd: boolean };

const fits: ScrollState = { overflows: false, atEnd: true };

/**
 * Whether an element's content is taller than the element, and whether it is scrolled to the
 * end: measured when it scrolls and when it or its content changes size (a language change, a
 * field opened, the window turned to landscape).
 */
const useScrollState = (
  viewport: RefObject<HTMLDivElement | null>,
  content: RefObject<HTMLDivElement | null>,
): ScrollState => {
  const [state, setState] = useState<ScrollState>(fits);
  useLayoutEffect(() => {
    const element = viewport.current;
    const inner = content.current;
    if (!element || !inner) return undefined;
    const measure = (): void => {
      // A pixel of slack: fractional layout sizes round differently for the two heights.
      const overflows = element.scrollHeight - element.clientHeight > 1;
      const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      setState((last) =>
        last.overflows === overflows && last.atEnd === atEnd ? last : { overflows, atEnd },
      );
    };
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(inner);
    return () => {
      element.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [viewport, content]);
  return state;
};

type Props = {
  t: Translate;
  className?: string;
  children: ReactNode;
};

/**
 * A part of the home screen that scrolls on its own when its content does not fit, so the rest
 * of the screen (the other choices, the language switch) stays in view. A citizen may not know
 * a touch screen scrolls: when it does, a button below says there is more and scrolls a page on
 * a tap, or, at the end, goes back to the top. It shows only while the content overflows, so a
 * screen where everything fits looks as it would without it.
 */
export const ScrollArea = ({ t, className, children }: Props) => {
  const viewport = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const { overflows, atEnd } = useScrollState(viewport, content);
  const scroll = (): void => {
    const element = viewport.current;
    if (!element) return;
    // A glide shows where the content went; not for whoever asked the system for less motion.
    const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    // Most of a page, so the last row seen stays in sight and the citizen keeps their place.
    if (atEnd) element.scrollTo({ top: 0, behavior });
    else element.scrollBy({ top: element.clientHeight * 0.8, behavior });
  };
  return (
    <div className={className ? `scroll-area ${className}` : 'scroll-area'}>
      <div ref={viewport} className="scroll-viewport">
        <div ref={content}>{children}</div>
      </div>
      {overflows && (
        <button type="button" className="scroll-cue" onClick={scroll}>
          <span aria-hidden="true">{atEnd ? '▲ ' : '▼ '}</span>
          {atEnd ? t('scrollToTop') : t('scrollForMore')}
        </button>
      )}
    </div>
  );
};
