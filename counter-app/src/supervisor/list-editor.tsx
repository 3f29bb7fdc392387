import { useEffect, useState } from 'react';
import { readingOf, readValue, showValue, type FieldSpec } from './section-fields';

type Entry = Record<string, unknown>;

type Props = {
  title: string;
  fields: readonly FieldSpec[];
  entries: readonly Entry[];
  onSave: (entries: Entry[]) => void;
};

type Row = { original: Entry; cells: Record<string, string> };

type TextCellProps = {
  field: FieldSpec;
  label: string;
  id: string;
  value: string;
  onChange: (value: string) => void;
};

/** A cell's text box; under it, for opening hours, the days and times it will be saved as. */
const TextCell = ({ field, label, id, value, onChange }: TextCellProps) => {
  const reading = readingOf(field.kind, value);
  return (
    <>
      <input
        type={field.kind === 'password' ? 'password' : 'text'}
        aria-label={label}
        aria-describedby={reading ? `${id}-reading` : undefined}
        title={field.hint}
        autoComplete={field.kind === 'password' ? 'new-password' : 'off'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {reading && (
        <small id={`${id}-reading`} className="cell-reading">
          {reading}
        </small>
      )}
    </>
  );
};

const rowsOf = (fields: readonly FieldSpec[], entries: readonly Entry[]): Row[] =>
  entries.map((entry) => ({
    original: entry,
    cells: Object.fromEntries(
      fields.map((field) => [field.key, showValue(field.kind, entry[field.key])]),
    ),
  }));

/**
 * A list of the centre model (services, counters, officers) as an editable table: one row per
 * entry, one text box per field, rows added and removed; keys the table does not show are kept.
 * Saving sends the whole list; the server's refusal names each bad row and field.
 */
export const ListEditor = ({ title, fields, entries, onSave }: Props) => {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(fields, entries));
  useEffect(() => setRows(rowsOf(fields, entries)), [fields, entries]);

  const setCell = (index: number, key: string, value: string): void =>
    setRows((old) =>
      old.map((row, rowIndex) =>
        rowIndex === index ? { ...row, cells: { ...row.cells, [key]: value } } : row,
      ),
    );

  const save = (): void => {
    onSave(
      rows.map((row) => {
        const edited = Object.fromEntries(
          fields.map((field) => [field.key, readValue(field.kind, row.cells[field.key] ?? '')]),
        );
        // An optional field left empty is removed (undefined), others keep the shown value.
        return Object.fromEntries(
          Object.entries({ ...row.original, ...edited }).filter(([, value]) => value !== undefined),
        );
      }),
    );
  };

  const nameOf = (row: Row, index: number): string => row.cells.id || `dòng ${index + 1}`;

  return (
    <div className="list-editor">
      <table aria-label={title}>
        <thead>
          <tr>
            <th scope="col">#</th>
            {fields.map((field) => (
              <th key={field.key} scope="col" title={field.hint}>
                {field.label}
              </th>
            ))}
            <th scope="col">Xoá</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{index + 1}</td>
              {fields.map((field) => (
                <td key={field.key}>
                  {field.kind === 'flag' ? (
                    <input
                      type="checkbox"
                      aria-label={`${field.label} — ${nameOf(row, index)}`}
                      checked={row.cells[field.key] === 'true'}
                      onChange={(event) =>
                        setCell(index, field.key, event.target.checked ? 'true' : '')
                      }
                    />
                  ) : (
                    <TextCell
                      field={field}
                      label={`${field.label} — ${nameOf(row, index)}`}
                      id={`cell-${index}-${field.key}`}
                      value={row.cells[field.key] ?? ''}
                      onChange={(value) => setCell(index, field.key, value)}
                    />
                  )}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={`Xoá ${nameOf(row, index)}`}
                  onClick={() => setRows((old) => old.filter((_, rowIndex) => rowIndex !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setRows((old) => [
              ...old,
              { original: {}, cells: Object.fromEntries(fields.map((field) => [field.key, ''])) },
            ])
          }
        >
          Thêm dòng
        </button>
        <button type="button" className="primary" onClick={save}>
          Lưu {title.toLowerCase()}
        </button>
      </div>
      <ul className="hints">
        {fields
          .filter((field) => field.hint)
          .map((field) => (
            <li key={field.key}>
              {field.label}: {field.hint}
            </li>
          ))}
      </ul>
    </div>
  );
};
