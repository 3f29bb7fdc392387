import type { ReportTableData } from '@openops/protocol';

/** A report table exactly as exported (same headers and cells), with its title as its name. */
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
                {cell ?? '—'}
              </th>
            ) : (
              <td key={cellIndex}>{cell ?? '—'}</td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  </table>
);
