import type { HourRow, SatisfactionRow } from '@openops/protocol';
import { useText } from '../ui-language';
import { chartHours } from './chart-hours';

/**
 * Tickets issued and served by hour of day, as grouped bars over the whole working day (a
 * morning's two hours keep the scale of a full day), with the largest count on the axis and a
 * legend; the table beside holds the figures. Hours read 8h in Vietnamese, 8:00 in English.
 */
export const HourChart = ({ hours }: { hours: readonly HourRow[] }) => {
  const tx = useText();
  const span = chartHours(hours);
  const byHour = new Map(hours.map((row) => [row.hour, row]));
  const max = Math.max(1, ...hours.map((row) => row.issued));
  const axis = 28;
  const slot = 36;
  const top = 12;
  const base = 148;
  const width = axis + span.length * slot;
  const barHeight = (count: number): number => (count / max) * (base - top);
  return (
    <figure className="chart-figure">
      <svg
        role="img"
        aria-label={tx('Biểu đồ số phiếu theo giờ', 'Chart of tickets by hour')}
        viewBox={`0 0 ${width} 166`}
        className="chart chart-hours"
      >
        <text x={axis - 4} y={top + 4} textAnchor="end" fontSize="10">
          {max}
        </text>
        <text x={axis - 4} y={base} textAnchor="end" fontSize="10">
          0
        </text>
        <line x1={axis} y1={base} x2={width} y2={base} className="chart-axis" />
        {span.map((hour, index) => {
          const row = byHour.get(hour);
          const issued = barHeight(row?.issued ?? 0);
          const served = barHeight(row?.served ?? 0);
          return (
            <g key={hour} transform={`translate(${axis + index * slot + 4}, 0)`}>
              <rect x={0} y={base - issued} width={13} height={issued} className="bar-issued" />
              <rect x={14} y={base - served} width={13} height={served} className="bar-served" />
              <text x={14} y={162} textAnchor="middle" fontSize="10">
                {tx(`${hour}h`, `${hour}:00`)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="swatch swatch-issued" aria-hidden="true" />{' '}
        {tx('Số phiếu đã cấp', 'Tickets issued')}
        <span className="swatch swatch-served" aria-hidden="true" /> {tx('Đã phục vụ', 'Served')}
      </figcaption>
    </figure>
  );
};

/** The levels in the order a row's bar stacks them, best first, with each one's colour class. */
const levelBars = [
  ['verySatisfied', 'bar-very'],
  ['satisfied', 'bar-satisfied'],
  ['neutral', 'bar-neutral'],
  ['dissatisfied', 'bar-dissatisfied'],
  ['veryDissatisfied', 'bar-very-dissatisfied'],
] as const;

/** Each row's levels as one stacked bar, best level first, named in the chosen language. */
export const SatisfactionChart = ({ rows }: { rows: readonly SatisfactionRow[] }) => {
  const tx = useText();
  return (
    <svg
      role="img"
      aria-label={tx('Biểu đồ mức độ hài lòng', 'Satisfaction chart')}
      viewBox={`0 0 320 ${Math.max(1, rows.length) * 22}`}
      className="chart"
    >
      {rows.map((row, index) => {
        const total = Math.max(1, row.total);
        let x = 110;
        return (
          <g key={`${row.scope}:${row.id}`} transform={`translate(0, ${index * 22})`}>
            <text x={0} y={14} fontSize="10">
              {row.name.slice(0, 18)}
            </text>
            {levelBars.map(([level, className]) => {
              const width = (row[level] / total) * 200;
              const start = x;
              x += width;
              return (
                <rect key={level} x={start} y={4} width={width} height={14} className={className} />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
};
