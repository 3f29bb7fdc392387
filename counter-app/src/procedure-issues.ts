import type { Language } from '@openops/client';
import {
  feeAmountMaxVnd,
  formatDong,
  updateProcedureBodySchema,
  type Procedure,
} from '@openops/protocol';
import { issueText, type IssueFacts } from './issue-text';
import { serverMessageText } from './server-message-text';

/** How each field of the procedure editor is named in a sentence, by its path's last key. */
const labels: Record<Language, Record<string, string>> = {
  vi: {
    code: 'mã thủ tục',
    name: 'tên',
    processingDays: 'thời hạn giải quyết',
    quantity: 'số lượng',
    amountVnd: 'mức lệ phí',
    per: 'cách tính lệ phí',
    form: 'hình thức',
    id: 'mã',
    whereToSubmit: 'nơi nộp',
  },
  en: {
    code: 'procedure code',
    name: 'name',
    processingDays: 'processing time',
    quantity: 'quantity',
    amountVnd: 'fee amount',
    per: 'fee charging',
    form: 'form',
    id: 'ID',
    whereToSubmit: 'place of submission',
  },
};

/** A document's and a fee's name, told apart from the procedure's own. */
const listNames: Record<Language, { documents: string; fees: string }> = {
  vi: { documents: 'tên giấy tờ', fees: 'tên lệ phí' },
  en: { documents: 'document name', fees: 'fee name' },
};

const labelOf = (path: readonly PropertyKey[], language: Language): string => {
  const [list, , key] = path.map(String);
  if ((list === 'documents' || list === 'fees') && key === 'name') return listNames[language][list];
  const last = String(path[path.length - 1] ?? '');
  return labels[language][last] ?? last;
};

/** An issue of the editor, as the supervisor reads it: "Cần nhập tên giấy tờ". */
const textOf = (issue: IssueFacts, language: Language): string =>
  // A fee's ceiling reads as money ("1.000.000.000 đ"), not as a bare count of digits.
  issue.code === 'too_big' && issue.path[issue.path.length - 1] === 'amountVnd'
    ? language === 'vi'
      ? `Mức lệ phí tối đa là ${formatDong(feeAmountMaxVnd)}`
      : `The fee amount must be at most ${formatDong(feeAmountMaxVnd)}`
    : issueText(issue, labelOf(issue.path, language), language);

/**
 * The draft checked before it is saved, by the schema the server checks the edit with (so two
 * fees of one name are caught here too): path (`documents.2.name`) → message in `language`,
 * empty when the server would accept its shape. The editor shows each under its field.
 */
export const procedureIssues = (draft: Procedure, language: Language): Record<string, string> => {
  const parsed = updateProcedureBodySchema.safeParse(draft, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [
      issue.path.map(String).join('.'),
      textOf(
        // The protocol's own sentence ("trùng với một lệ phí khác"), in English its English.
        { ...issue, message: serverMessageText(issue.message, language) },
        language,
      ),
    ]),
  );
};

/** A server refusal's issue (path and message only) in the same words, in `language`. */
export const serverProcedureIssue = (
  issue: { path: string; message: string },
  language: Language,
): string =>
  textOf(
    {
      code: 'custom',
      path: issue.path.split('.'),
      message: serverMessageText(issue.message, language),
    },
    language,
  );
