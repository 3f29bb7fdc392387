import type { Language } from '@openops/client';
import { feeCountErrorKey, feeCountRuleText } from './fee-quantities';
import { issueText, type IssueFacts } from './issue-text';

type Wording = { vi: string; en: string };

/** How each field of the reception form is named in a sentence. */
const labels: Record<string, Wording> = {
  'applicant.name': { vi: 'họ và tên', en: 'full name' },
  'applicant.idNumber': { vi: 'số định danh', en: 'ID number' },
  'applicant.phone': { vi: 'số điện thoại', en: 'phone number' },
  'applicant.address': { vi: 'địa chỉ', en: 'address' },
};

/** What a value must look like, said whole: the rule the officer has to meet. */
const rules: Record<string, Wording> = {
  'applicant.idNumber': {
    vi: 'Số định danh gồm 9 hoặc 12 chữ số',
    en: 'The ID number has 9 or 12 digits',
  },
  'applicant.phone': {
    vi: 'Số điện thoại gồm 10–11 chữ số, bắt đầu bằng 0 hoặc +84',
    en: 'The phone number has 10–11 digits and starts with 0 or +84',
  },
  quantity: { vi: 'Số lượng từ 1 đến 99', en: 'The quantity is from 1 to 99' },
  // The very sentence the form says before sending (`feeCountIssues`), from the protocol's rule.
  feeQuantity: { vi: feeCountRuleText('vi'), en: feeCountRuleText('en') },
};

const documentPath = /^documents\.(\d+)\.(.+)$/;
const feePath = /^feeQuantities\.(\d+)\./;

/**
 * The key an error is shown under. The body lists only the received documents, so the server's
 * (and zod's) `documents.<index>.quantity` becomes `documents.<document id>.quantity`, which
 * the checklist row of that document looks up. `sentIds` are the ids in the order sent.
 */
export const dossierErrorKey = (
  path: string,
  sentIds: readonly string[],
  sentFeeNames: readonly string[] = [],
): string => {
  // A per-unit fee's count is listed by position too: shown beside that fee's box, by name.
  const fee = feePath.exec(path);
  const feeName = fee ? sentFeeNames[Number(fee[1])] : undefined;
  if (feeName !== undefined) return feeCountErrorKey(feeName);
  const match = documentPath.exec(path);
  const id = match ? sentIds[Number(match[1])] : undefined;
  return match && id ? `documents.${id}.${match[2] ?? ''}` : path;
};

/** The key of one document's quantity error, as `dossierErrorKey` makes it. */
export const quantityErrorKey = (documentId: string): string => `documents.${documentId}.quantity`;

/**
 * A reception form issue in the officer's language: a field left empty is asked for, a wrong
 * value is told the rule it breaks. Never zod's English wording.
 */
export const dossierIssueText = (issue: IssueFacts, language: Language): string => {
  const path = issue.path.map(String).join('.');
  const key =
    documentPath.test(path) && path.endsWith('.quantity')
      ? 'quantity'
      : feePath.test(path) && path.endsWith('.quantity')
        ? 'feeQuantity'
        : path;
  const rule = rules[key];
  const label = labels[key];
  const pick = (wording: Wording): string => (language === 'en' ? wording.en : wording.vi);
  // An empty quantity reads 0, so any quantity issue is its range.
  if (rule && (key === 'quantity' || key === 'feeQuantity' || issue.code === 'invalid_format'))
    return pick(rule);
  return issueText(issue, label ? pick(label) : pick({ vi: 'giá trị', en: 'value' }), language);
};
