import { useRef, type CSSProperties } from 'react';
import type { Call, Counter } from '@openops/protocol';
import { callsByCounter } from './call-board';
import { nameShare } from './counter-board-layout';
import { counterLabel } from './counter-label';
import { labels } from './labels';
import { useFitToBoard } from './use-fit-to-board';

type Props = { calls: readonly Call[]; counters: readonly Counter[]; perCounter: number };

/**
 * Each counter of the display's zones with its latest number and the ones before it. A counter
 * is named by its number ("Quầy 7"), as calls are spoken, with its name small under it.
 */
export const CounterBoard = (props: Props) =>
  props.perCounter === 0 ? null : <FittedCounterBoard {...props} />;

const FittedCounterBoard = ({ calls, counters, perCounter }: Props) => {
  const boardRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = callsByCounter(calls, counters, perCounter).map((row) => ({
    ...row,
    label: counterLabel(row.counter),
  }));
  const content = rows
    .map(
      ({ label, calls: counterCalls }) =>
        `${label.number}/${label.name ?? ''}:${counterCalls[0]?.ticketNumber ?? ''}`,
    )
    .join('|');
  const layout = useFitToBoard(boardRef, listRef, counters.length, content);
  const sizing = {
    '--board-columns': layout.columns,
    '--board-scale': layout.scale,
    '--name-share': nameShare,
  } as CSSProperties;
  return (
    <section aria-label="Các số vừa gọi" className="counter-board" ref={boardRef}>
      <p className="panel-title">
        {labels.counters.vi} <span className="en">{labels.counters.en}</span>
      </p>
      {/* Earlier numbers are always rendered; the stylesheet shows them in one column only, so
          the board measures the same while it tries column counts. */}
      <ul className="counter-rows" style={sizing} data-columns={layout.columns} ref={listRef}>
        {rows.map(({ counter, label, calls: counterCalls }) => {
          const [latest, ...earlier] = counterCalls;
          return (
            <li key={counter.id} className="counter-row" aria-label={counter.name}>
              <span className="counter-label">
                <span className="counter-name">{label.number}</span>
                {label.name && <span className="counter-subtitle">{label.name}</span>}
              </span>
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
