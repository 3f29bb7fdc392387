import type { Call } from '@openops/protocol';
import { labels } from './labels';

type Props = {
  call: Call | undefined;
  /** The call arrived live (not in a catch-up), so it flashes. */
  fresh: boolean;
  /** Count of live calls, keying the element so each live call, even a repeat, flashes anew. */
  liveCount: number;
};

/**
 * The current call, as large as the screen allows. A live call flashes (the element is keyed
 * by the call, so each new call restarts the animation); a catch-up after reconnecting does not.
 */
export const CurrentCall = ({ call, fresh, liveCount }: Props) => (
  <div className="current-panel">
    <p className="panel-title">
      {labels.nowCalling.vi} <span className="en">{labels.nowCalling.en}</span>
    </p>
    <section aria-label="Số đang gọi" className="current" aria-live="polite">
      {call ? (
        <p
          key={fresh ? `live-${liveCount}` : `recent-${call.ticketId}`}
          className={fresh ? 'current-call flash' : 'current-call'}
        >
          <span className="number">{call.ticketNumber}</span>
          <span className="arrow"> → </span>
          <span className="counter">{call.counterName}</span>
        </p>
      ) : (
        <p className="idle">
          {labels.idle.vi}
          <span className="en">{labels.idle.en}</span>
        </p>
      )}
    </section>
    {call?.recall && (
      <p className="recall-tag">
        {labels.recall.vi} <span className="en">{labels.recall.en}</span>
      </p>
    )}
  </div>
);
