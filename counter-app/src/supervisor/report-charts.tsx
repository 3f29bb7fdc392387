import type { HourRow, SatisfactionRow } from '@openops/protocol';

/** Tickets issued and served by hour of day, as grouped bars; the table beside holds the figures. */
export const HourChart = ({ hours }: { hours: readonly HourRow[] }) => {
  const max = Math.max(1, ...hours.map((row) => row.issued));
  const width = 40 * Math.max(1, hours.length);
  return (
    <svg
      role="img"
      aria-label="Biểu đồ số phiếu theo giờ"
      viewBox={`0 0 ${width} 160`}
      className="chart"
    >
      {hours.map((row, index) => {
        const issued = (row.issued / max) * 130;
        const served = (row.served / max) * 130;
        return (
          <g key={row.hour} transform={`translate(${index * 40 + 4}, 0)`}>
            <rect x={0} y={140 - issued} width={14} height={issued} className="bar-issued" />
            <rect x={16} y={140 - served} width={14} height={served} className="bar-served" />
            <text x={15} y={155} textAnchor="middle" fontSize="10">
              {row.hour}h
            </text>
          </g>
        );
      })}
    </svg>
  );
};

/** Each row's three levels as one stacked bar, best level first. */
export const SatisfactionChart = ({ rows }: { rows: readonly SatisfactionRow[] }) => (
  <svg
    role="img"
    aria-label="Biểu đồ mức độ hài lòng"
    viewBox={`0 0 320 ${Math.max(1, rows.length) * 22}`}
    className="chart"
  >
    {rows.map((row, index) => {
      const total = Math.max(1, row.total);
      const very = (row.verySatisfied / total) * 200;
      const satisfied = (row.satisfied / total) * 200;
      const dissatisfied = (row.dissatisfied / total) * 200;
      return (
        <g key={`${row.scope}:${row.id}`} transform={`translate(0, ${index * 22})`}>
          <text x={0} y={14} fontSize="10">
            {row.name.slice(0, 18)}
          </text>
          <rect x={110} y={4} width={very} height={14} className="bar-very" />
          <rect x={110 + very} y={4} width={satisfied} height={14} className="bar-satisfied" />
          <rect
            x={110 + very + satisfied}
            y={4}
            width={dissatisfied}
            height={14}
            className="bar-dissatisfied"
          />
        </g>
      );
    })}
  </svg>
);
