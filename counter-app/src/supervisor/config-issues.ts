import { counterSchema, officerEditSchema, serviceSchema } from '@openops/protocol';
import type { z } from 'zod';
import { issueText, type IssueFacts } from '../issue-text';
import { listSections, type FieldSpec, type ListSection } from './section-fields';

/** Each table section's row, as the server parses it before validating the whole model. */
const rowSchemas: Record<ListSection, z.ZodType> = {
  services: serviceSchema,
  counters: counterSchema,
  officers: officerEditSchema,
};

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

const labelOf = (fields: readonly FieldSpec[], key: string): string =>
  lowerFirst(fields.find((field) => field.key === key)?.label ?? key);

/** "Dòng 3: cần nhập tên": rows counted from 1, as the table's # column numbers them. */
const rowText = (row: number, fields: readonly FieldSpec[], issue: IssueFacts): string => {
  const key = String(issue.path[0] ?? '');
  return `Dòng ${row}: ${lowerFirst(issueText({ ...issue, path: issue.path.slice(1) }, labelOf(fields, key)))}`;
};

/**
 * The table's rows checked before they are sent, each problem named by its row on screen and
 * its column, in Vietnamese. Empty when every row has the shape the server expects (it still
 * checks what spans rows: duplicate codes and prefixes, unknown services).
 */
export const checkRows = (section: ListSection, entries: readonly unknown[]): string[] =>
  entries.flatMap((entry, index) => {
    const parsed = rowSchemas[section].safeParse(entry, { reportInput: true });
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => rowText(index + 1, listSections[section], issue));
  });

/**
 * A refusal's issue from the server, with its path (`2.name` when the section was parsed,
 * `services.2.prefix` when the whole model was validated) turned into the row on screen.
 */
export const describeServerIssue = (
  section: ListSection,
  issue: { path: string; message: string },
): string => {
  const parts = issue.path.split('.');
  if (parts[0] === section) parts.shift();
  const row = Number(parts[0]);
  if (parts[0] === undefined || parts[0] === '' || !Number.isInteger(row)) {
    return `${issue.path}: ${issue.message}`;
  }
  return rowText(row + 1, listSections[section], {
    code: 'custom',
    path: parts.slice(1),
    message: issue.message,
  });
};
