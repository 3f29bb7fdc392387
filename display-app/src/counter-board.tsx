import type { Call, Counter } from '@openops/protocol';
import { callsByCounter } from './call-board';
import { labels } from './labels';

type Props = { calls: readonly Call[]; counters: readonly Counter[]; perCounter: number };

/** Each counter of the display's zones with its latest number and the ones before it. */
export const CounterBoard = ({ calls, counters, perCounter }: Props) => {
  if (perCounter === 0) return null;
  return (
    <section aria-label="Các số vừa gọi" className="counter-board">
      <p className="panel-title">
        {labels.counters.vi} <span className="en">{labels.counters.en}</span>
      </p>
      <ul className="counter-rows">
        {callsByCounter(calls, counters, perCounter).map(({ counter, calls: counterCalls }) => {
          const [latest, ...earlier] = counterCalls;
          return (
            <li key={counter.id} className="counter-row" aria-label={counter.name}>
              <span className="counter-name">{counter.name}</span>
              <span className="counter-latest">{latest?.ticketNumber ?? '—'}</span>
              <span className="counter-earlier">
                {earlier.map((call) => call.ticketNumber).join('  ')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
