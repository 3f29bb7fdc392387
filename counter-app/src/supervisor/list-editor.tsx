import { useContext, useState } from 'react';
import { LanguageContext, useText } from '../ui-language';
import type { UnreadableCell } from './config-issues';
import {
  cellProblemText,
  readCell,
  readingOf,
  showValue,
  type CellProblem,
  type FieldSpec,
} from './section-fields';

type Entry = Record<string, unknown>;

type Props = {
  title: string;
  fields: readonly FieldSpec[];
  /** The section as loaded; the parent remounts the editor (its `key`) when it is replaced. */
  entries: readonly Entry[];
  onSave: (entries: Entry[]) => void;
  /**
   * Cells whose figures cannot be read, worded by `unreadableCellsText` ("Dòng 2: giới hạn/ngày
   * phải là số nguyên…"): nothing is sent.
   */
  onProblems: (cells: UnreadableCell[]) => void;
};

type Row = { original: Entry; cells: Record<string, string> };

type TextCellProps = {
  field: FieldSpec;
  label: string;
  id: string;
  value: string;
  /** Why the text could not be read when last saved; null when it could. */
  problem: string | null;
  onChange: (value: string) => void;
};

/**
 * A cell's text box; under it, for opening hours, the days and times it will be saved as, and
 * what was wrong with it when the table was last saved.
 */
const TextCell = ({ field, label, id, value, problem, onChange }: TextCellProps) => {
  const language = useContext(LanguageContext);
  const reading = readingOf(field.kind, value, language);
  const described = [reading ? `${id}-reading` : null, problem ? `${id}-problem` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <>
      <input
        type={field.kind === 'password' ? 'password' : 'text'}
        aria-label={label}
        aria-describedby={described || undefined}
        aria-invalid={problem ? true : undefined}
        title={field.hint?.[language]}
        autoComplete={field.kind === 'password' ? 'new-password' : 'off'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {reading && (
        <small id={`${id}-reading`} className="cell-reading">
          {reading}
        </small>
      )}
      {problem && (
        <small id={`${id}-problem`} className="cell-problem">
          {problem}
        </small>
      )}
    </>
  );
};

const cellKey = (index: number, key: string): string => `${index}:${key}`;

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
export const ListEditor = ({ title, fields, entries, onSave, onProblems }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(fields, entries));
  // Cell (`row:key`) → what was wrong with its text at the last save.
  const [problems, setProblems] = useState<Record<string, CellProblem>>({});

  const setCell = (index: number, key: string, value: string): void => {
    setRows((old) =>
      old.map((row, rowIndex) =>
        rowIndex === index ? { ...row, cells: { ...row.cells, [key]: value } } : row,
      ),
    );
    // Retyped: the cell's old problem no longer applies.
    setProblems((old) =>
      Object.fromEntries(Object.entries(old).filter(([cell]) => cell !== cellKey(index, key))),
    );
  };

  const save = (): void => {
    const found: Record<string, CellProblem> = {};
    const listed: UnreadableCell[] = [];
    const edited = rows.map((row, index) => {
      const values: Entry = {};
      for (const field of fields) {
        const reading = readCell(field.kind, row.cells[field.key] ?? '');
        if (reading.ok) {
          values[field.key] = reading.value;
        } else {
          found[cellKey(index, field.key)] = reading.problem;
          listed.push({ row: index, key: field.key, problem: reading.problem });
        }
      }
      // An optional field left empty is removed (undefined), others keep the shown value.
      return Object.fromEntries(
        Object.entries({ ...row.original, ...values }).filter(([, value]) => value !== undefined),
      );
    });
    setProblems(found);
    if (listed.length > 0) onProblems(listed);
    else onSave(edited);
  };

  const nameOf = (row: Row, index: number): string =>
    row.cells.id || tx(`dòng ${index + 1}`, `row ${index + 1}`);
  const problemOf = (index: number, field: FieldSpec): string | null => {
    const problem = problems[cellKey(index, field.key)];
    return problem ? `${field.label[language]} ${cellProblemText(problem, language)}` : null;
  };

  return (
    <div className="list-editor">
      <table aria-label={title}>
        <thead>
          <tr>
            <th scope="col">#</th>
            {fields.map((field) => (
              <th key={field.key} scope="col" title={field.hint?.[language]}>
                {field.label[language]}
              </th>
            ))}
            <th scope="col">{tx('Xoá', 'Remove')}</th>
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
                      aria-label={`${field.label[language]} — ${nameOf(row, index)}`}
                      checked={row.cells[field.key] === 'true'}
                      onChange={(event) =>
                        setCell(index, field.key, event.target.checked ? 'true' : '')
                      }
                    />
                  ) : (
                    <TextCell
                      field={field}
                      label={`${field.label[language]} — ${nameOf(row, index)}`}
                      id={`cell-${index}-${field.key}`}
                      value={row.cells[field.key] ?? ''}
                      problem={problemOf(index, field)}
                      onChange={(value) => setCell(index, field.key, value)}
                    />
                  )}
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={tx(`Xoá ${nameOf(row, index)}`, `Remove ${nameOf(row, index)}`)}
                  onClick={() => {
                    setRows((old) => old.filter((_, rowIndex) => rowIndex !== index));
                    // The rows below move up: their cells' problems no longer sit under them.
                    setProblems({});
                  }}
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
          {tx('Thêm dòng', 'Add row')}
        </button>
        <button type="button" className="primary" onClick={save}>
          {tx(`Lưu ${title.toLowerCase()}`, `Save ${title.toLowerCase()}`)}
        </button>
      </div>
      <ul className="hints">
        {fields
          .filter((field) => field.hint)
          .map((field) => (
            <li key={field.key}>
              {field.label[language]}: {field.hint?.[language]}
            </li>
          ))}
      </ul>
    </div>
  );
};
