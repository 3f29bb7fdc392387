import {
  configSections,
  counterSchema,
  officerEditSchema,
  serviceSchema,
  type ConfigSection,
} from '@openops/protocol';
import type { z } from 'zod';
import { issueText, type IssueFacts } from '../issue-text';
import { entryNouns, pathInWords, sectionNames } from './config-names';
import { isListSection, listSections, type FieldSpec, type ListSection } from './section-fields';
import { isZodWording, serverIssueText, type ServerIssue } from './server-issue-text';

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

const isSection = (name: string): name is ConfigSection =>
  (configSections as readonly string[]).includes(name);

const isIndex = (part: string | undefined): part is string =>
  part !== undefined && /^\d+$/.test(part);

/** An issue within one section, its path already relative to it. */
const withinSection = (section: ConfigSection, parts: string[], issue: ServerIssue): string => {
  const [first, ...rest] = parts;
  if (isListSection(section)) {
    if (isIndex(first)) {
      const fields = listSections[section];
      const label = labelOf(fields, rest[0] ?? '');
      return `Dòng ${Number(first) + 1}: ${lowerFirst(serverIssueText(issue, label))}`;
    }
    // Not a row: an officer named by id in the server's own words, or the list as a whole.
    return isZodWording(issue.message)
      ? serverIssueText(issue, `danh sách ${lowerFirst(sectionNames[section])}`)
      : `${issue.path}: ${issue.message}`;
  }
  const noun = entryNouns[section];
  if (noun && isIndex(first)) {
    const entry = `${noun} số ${Number(first) + 1}`;
    const label = pathInWords(rest);
    return label
      ? `${entry}: ${lowerFirst(serverIssueText(issue, label))}`
      : serverIssueText(issue, lowerFirst(entry));
  }
  return serverIssueText(issue, pathInWords(parts) ?? lowerFirst(sectionNames[section]));
};

/**
 * A refusal's issue from the server in Vietnamese, named as the screen shows it: a table's row
 * by its number on screen and its column ("Dòng 3: cần nhập tên"), a JSON list's entry by its
 * place ("Đối tượng ưu tiên số 6: cần nhập tên"), a setting by its name ("Cách gọi số phải là
 * một trong: …"). The path is relative to the section when it was parsed (`2.name`), or starts
 * with a section when the whole model was validated (`services.2.prefix`): another section than
 * the one saved is named first.
 */
export const describeServerIssue = (section: ConfigSection, issue: ServerIssue): string => {
  const parts = issue.path.split('.').filter((part) => part !== '' && part !== '(root)');
  const [head] = parts;
  const target = head !== undefined && isSection(head) ? head : section;
  const relative = target === head ? parts.slice(1) : parts;
  const text = withinSection(target, relative, issue);
  return target === section ? text : `${sectionNames[target]} — ${text}`;
};
