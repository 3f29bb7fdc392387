import type { ReportTableData } from '@openops/protocol';
import { screenCell } from './report-cell';

/**
 * A report table with the exported headers and figures, written for the screen (1.234; 53,2;
 * 26/11/2026), with its title as its name.
 */
export const ReportTableView = ({ table }: { table: ReportTableData }) => (
  <table aria-label={table.title}>
    <thead>
      <tr>
        {table.headers.map((header) => (
          <th key={header} scope="col">
            {header}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {table.rows.map((row, rowIndex) => (
        <tr key={rowIndex}>
          {row.map((cell, cellIndex) =>
            cellIndex === 0 ? (
              <th key={cellIndex} scope="row">
                {screenCell(cell)}
              </th>
            ) : (
              <td key={cellIndex}>{screenCell(cell)}</td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  </table>
);
