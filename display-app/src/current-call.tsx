import { useRef, type CSSProperties } from 'react';
import type { Call } from '@openops/protocol';
import { counterLabel } from './counter-label';
import { labels } from './labels';
import { useFitCall } from './use-fit-call';

type Props = {
  call: Call | undefined;
  /** The call arrived live (not in a catch-up), so it flashes. */
  fresh: boolean;
  /** Count of live calls, keying the element so each live call, even a repeat, flashes anew. */
  liveCount: number;
};

/**
 * The current call, as large as its card allows: the ticket number, then the counter by the
 * number the call speaks ("Quầy 7"), then the counter's name when it does not say that number
 * already. A long name shrinks (and wraps) before the numbers do. A live call flashes (the
 * element is keyed by the call, so each new call restarts the animation); a catch-up after
 * reconnecting does not.
 */
export const CurrentCall = ({ call, fresh, liveCount }: Props) => {
  const sectionRef = useRef<HTMLElement>(null);
  const counter = call
    ? counterLabel({ name: call.counterName, number: call.counterNumber })
    : null;
  const scales = useFitCall(
    sectionRef,
    call && counter ? `${call.ticketNumber}|${counter.number}|${counter.name}|${call.recall}` : '',
  );
  const sizing = {
    '--name-scale': scales.name,
    '--number-scale': scales.number,
  } as CSSProperties;
  return (
    <div className="current-panel">
      {/* The recall tag shares the title's line: always inside the card, whatever the call's
          size, and it takes no height from the number. */}
      <div className="current-head">
        <p className="panel-title">
          {labels.nowCalling.vi} <span className="en">{labels.nowCalling.en}</span>
        </p>
        {call?.recall && (
          <p className="recall-tag">
            {labels.recall.vi} <span className="en">{labels.recall.en}</span>
          </p>
        )}
      </div>
      <section
        aria-label="Số đang gọi"
        className="current"
        aria-live="polite"
        style={sizing}
        ref={sectionRef}
      >
        {call && counter ? (
          <p
            key={fresh ? `live-${liveCount}` : `recent-${call.ticketId}`}
            className={fresh ? 'current-call flash' : 'current-call'}
          >
            <span className="number">{call.ticketNumber}</span>
            <span className="arrow"> → </span>
            <span className="counter">{counter.number}</span>
            {counter.name && <span className="counter-detail">{counter.name}</span>}
          </p>
        ) : (
          <p className="idle">
            {labels.idle.vi}
            <span className="en">{labels.idle.en}</span>
          </p>
        )}
      </section>
    </div>
  );
};
