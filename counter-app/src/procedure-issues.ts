import {
  feeAmountMaxVnd,
  formatDong,
  updateProcedureBodySchema,
  type Procedure,
} from '@openops/protocol';
import { issueText, type IssueFacts } from './issue-text';

/** How each field of the procedure editor is named in a sentence, by its path's last key. */
const labels: Record<string, string> = {
  code: 'mã thủ tục',
  name: 'tên',
  processingDays: 'thời hạn giải quyết',
  quantity: 'số lượng',
  amountVnd: 'mức lệ phí',
  per: 'cách tính lệ phí',
  form: 'hình thức',
  id: 'mã',
  whereToSubmit: 'nơi nộp',
};

const labelOf = (path: readonly PropertyKey[]): string => {
  const [list, , key] = path.map(String);
  if (list === 'documents' && key === 'name') return 'tên giấy tờ';
  if (list === 'fees' && key === 'name') return 'tên lệ phí';
  const last = String(path[path.length - 1] ?? '');
  return labels[last] ?? last;
};

/** An issue of the editor, as the supervisor reads it: "Cần nhập tên giấy tờ". */
const textOf = (issue: IssueFacts): string =>
  // A fee's ceiling reads as money ("1.000.000.000 đ"), not as a bare count of digits.
  issue.code === 'too_big' && issue.path[issue.path.length - 1] === 'amountVnd'
    ? `Mức lệ phí tối đa là ${formatDong(feeAmountMaxVnd)}`
    : issueText(issue, labelOf(issue.path));

/**
 * The draft checked before it is saved, by the schema the server checks the edit with (so two
 * fees of one name are caught here too): path (`documents.2.name`) → Vietnamese message, empty
 * when the server would accept its shape. The editor shows each under its field.
 */
export const procedureIssues = (draft: Procedure): Record<string, string> => {
  const parsed = updateProcedureBodySchema.safeParse(draft, { reportInput: true });
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [issue.path.map(String).join('.'), textOf(issue)]),
  );
};

/** A server refusal's issue (path and message only) in the same words. */
export const serverProcedureIssue = (issue: { path: string; message: string }): string =>
  textOf({ code: 'custom', path: issue.path.split('.'), message: issue.message });
