import type { Language } from '@openops/client';
import {
  configSections,
  counterSchema,
  officerEditSchema,
  serviceSchema,
  type ConfigSection,
} from '@openops/protocol';
import type { z } from 'zod';
import { issueText, type IssueFacts } from '../issue-text';
import { lowerFirst, serverMessageText } from '../server-message-text';
import { entryByPlace, entryNouns, pathInWords, sectionNames } from './config-names';
import {
  cellProblemText,
  isListSection,
  listSections,
  type CellProblem,
  type FieldSpec,
  type ListSection,
} from './section-fields';
import { isZodWording, serverIssueText, type ServerIssue } from './server-issue-text';

/** Each table section's row, as the server parses it before validating the whole model. */
const rowSchemas: Record<ListSection, z.ZodType> = {
  services: serviceSchema,
  counters: counterSchema,
  officers: officerEditSchema,
};

const labelOf = (fields: readonly FieldSpec[], key: string, language: Language): string => {
  const label = fields.find((field) => field.key === key)?.label[language];
  return label ? lowerFirst(label) : key;
};

/** A table's row as the # column numbers it, from its index: "Dòng 3", "Row 3". */
const rowName = (index: number, language: Language): string =>
  language === 'vi' ? `Dòng ${index + 1}` : `Row ${index + 1}`;

/** "Dòng 3: cần nhập tên": rows counted from 1, as the table's # column numbers them. */
const rowText = (
  index: number,
  fields: readonly FieldSpec[],
  issue: IssueFacts,
  language: Language,
): string => {
  const key = String(issue.path[0] ?? '');
  const text = issueText(
    // The protocol's own sentence ("tiền tố là 1 đến 3 chữ cái in hoa"), in English its English.
    { ...issue, path: issue.path.slice(1), message: serverMessageText(issue.message, language) },
    labelOf(fields, key, language),
    language,
  );
  return `${rowName(index, language)}: ${lowerFirst(text)}`;
};

/**
 * The table's rows checked before they are sent, each problem named by its row on screen and
 * its column, in `language`. Empty when every row has the shape the server expects (it still
 * checks what spans rows: duplicate codes and prefixes, unknown services).
 */
export const checkRows = (
  section: ListSection,
  entries: readonly unknown[],
  language: Language,
): string[] =>
  entries.flatMap((entry, index) => {
    const parsed = rowSchemas[section].safeParse(entry, { reportInput: true });
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => rowText(index, listSections[section], issue, language));
  });

/** A table's cell whose figure could not be read, by its row's index and its column's key. */
export type UnreadableCell = { row: number; key: string; problem: CellProblem };

/**
 * The table's cells that could not be read, in `language`, named like `checkRows` names its
 * problems: "Dòng 2: giới hạn/ngày phải là số nguyên, …", "Row 2: daily limit must be …".
 */
export const unreadableCellsText = (
  section: ListSection,
  cells: readonly UnreadableCell[],
  language: Language,
): string[] =>
  cells.map(
    (cell) =>
      `${rowName(cell.row, language)}: ${labelOf(listSections[section], cell.key, language)} ${cellProblemText(cell.problem, language)}`,
  );

const isSection = (name: string): name is ConfigSection =>
  (configSections as readonly string[]).includes(name);

const isIndex = (part: string | undefined): part is string =>
  part !== undefined && /^\d+$/.test(part);

/** An issue within one section, its path already relative to it. */
const withinSection = (
  section: ConfigSection,
  parts: string[],
  issue: ServerIssue,
  language: Language,
): string => {
  const [first, ...rest] = parts;
  const name = lowerFirst(sectionNames[language][section]);
  if (isListSection(section)) {
    if (isIndex(first)) {
      const label = labelOf(listSections[section], rest[0] ?? '', language);
      return `${rowName(Number(first), language)}: ${lowerFirst(serverIssueText(issue, label, language))}`;
    }
    // Not a row: an officer named by id in the server's own words, or the list as a whole.
    const list = language === 'vi' ? `danh sách ${name}` : `${name} list`;
    return isZodWording(issue.message)
      ? serverIssueText(issue, list, language)
      : `${issue.path}: ${serverMessageText(issue.message, language)}`;
  }
  const noun = entryNouns[language][section];
  if (noun && isIndex(first)) {
    const entry = entryByPlace(noun, Number(first), language);
    const label = pathInWords(rest, language);
    if (label) return `${entry}: ${lowerFirst(serverIssueText(issue, label, language))}`;
    // In English the entry is named first, as the sentence would put "the" before its number.
    return language === 'vi'
      ? serverIssueText(issue, lowerFirst(entry), language)
      : `${entry}: ${lowerFirst(serverIssueText(issue, 'entry', language))}`;
  }
  return serverIssueText(issue, pathInWords(parts, language) ?? name, language);
};

/**
 * A refusal's issue from the server in `language`, named as the screen shows it: a table's row
 * by its number on screen and its column ("Dòng 3: cần nhập tên", "Row 3: enter the name"), a
 * JSON list's entry by its place ("Đối tượng ưu tiên số 6: cần nhập tên"), a setting by its
 * name ("Cách gọi số phải là một trong: …"). The path is relative to the section when it was
 * parsed (`2.name`), or starts with a section when the whole model was validated
 * (`services.2.prefix`): another section than the one saved is named first.
 */
export const describeServerIssue = (
  section: ConfigSection,
  issue: ServerIssue,
  language: Language,
): string => {
  const parts = issue.path.split('.').filter((part) => part !== '' && part !== '(root)');
  const [head] = parts;
  const target = head !== undefined && isSection(head) ? head : section;
  const relative = target === head ? parts.slice(1) : parts;
  const text = withinSection(target, relative, issue, language);
  return target === section ? text : `${sectionNames[language][target]} — ${text}`;
};
