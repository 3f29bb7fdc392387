import { useContext } from 'react';
import type { ReportTableData } from '@openops/protocol';
import { LanguageContext } from '../ui-language';
import { screenCell } from './report-cell';

/**
 * A report table with the exported headers and figures, written for the screen in the chosen
 * language (1.234; 53,2 or 1,234; 53.2; 26/11/2026), with its title as its name. The headers
 * come as given: `screenTable` puts them in the same language.
 */
export const ReportTableView = ({ table }: { table: ReportTableData }) => {
  const language = useContext(LanguageContext);
  return (
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
                  {screenCell(cell, language)}
                </th>
              ) : (
                <td key={cellIndex}>{screenCell(cell, language)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
