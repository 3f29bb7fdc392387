import { useContext, useMemo, useState } from 'react';
import { nameIn, type Language } from '@openops/client';
import {
  assertNever,
  type DocumentForm,
  type ErrorBody,
  type Fee,
  type Procedure,
  type Reply,
  type RequiredDocument,
} from '@openops/protocol';
import { documentFormNames, documentFormNamesEn } from './document-checklist';
import { newFee } from './new-fee';
import { procedureIssues, serverProcedureIssue } from './procedure-issues';
import { fromServer } from './bilingual';
import { LanguageContext, useText } from './ui-language';

type Props = {
  procedures: readonly Procedure[];
  save: (procedure: Procedure) => Promise<Reply<Procedure>>;
  onClose: () => void;
};

const slug = (text: string, taken: readonly string[]): string => {
  const base =
    text
      .replace(/[đĐ]/g, 'd')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'giay-to';
  let candidate = base;
  for (let index = 2; taken.includes(candidate); index += 1) candidate = `${base}-${index}`;
  return candidate;
};

/** How a fee is charged, as the editor offers it: once, or per page or copy brought. */
const feeCharging: Record<Language, Record<'' | 'page' | 'copy', string>> = {
  vi: { '': 'Thu một lần', page: 'Mỗi trang', copy: 'Mỗi bản' },
  en: { '': 'Charged once', page: 'Per page', copy: 'Per copy' },
};

const documentForms: Record<Language, Record<DocumentForm, string>> = {
  vi: documentFormNames,
  en: documentFormNamesEn,
};

/**
 * What the last save found wrong, kept as facts and worded when shown, so switching the
 * language rewords it: the draft as it was checked here, or the server's refusal.
 */
type Refusal = { kind: 'draft'; draft: Procedure } | { kind: 'server'; error: ErrorBody };

/** The last save's outcome: refused (the fields say why), or saved as the server holds it. */
type SaveLine =
  | { kind: 'unsaved' }
  | { kind: 'refused'; message: string }
  | { kind: 'saved'; procedure: Procedure };

/** The save's outcome line in `language`. */
const saveLineText = (line: SaveLine, language: Language): string => {
  const vi = language === 'vi';
  switch (line.kind) {
    case 'unsaved':
      return vi ? 'Chưa lưu: sửa các ô được đánh dấu' : 'Not saved: fix the marked fields';
    case 'refused':
      return fromServer(line.message)[language];
    case 'saved':
      return vi
        ? `Đã lưu "${line.procedure.name}"`
        : `Saved "${nameIn(language, line.procedure.name, line.procedure.nameEn)}"`;
    default:
      return assertNever(line);
  }
};

/** Path (`documents.2.name`) → what is wrong with that field, in `language`. */
const errorsOf = (refusal: Refusal | null, language: Language): Record<string, string> => {
  if (!refusal) return {};
  if (refusal.kind === 'draft') return procedureIssues(refusal.draft, language);
  return Object.fromEntries(
    (refusal.error.issues ?? []).map((issue) => [
      issue.path,
      serverProcedureIssue(issue, language),
    ]),
  );
};

/** The fee charged as chosen; a flat fee carries no `per` at all, as older configurations. */
const chargedAs = (fee: Fee, per: string): Fee =>
  per === 'page' || per === 'copy' ? { ...fee, per } : { name: fee.name, amountVnd: fee.amountVnd };

/**
 * The supervisor's editor of a procedure's document checklist, fees and processing time. Saving
 * replaces the procedure whole on the server, which pushes it to every kiosk and counter. It is
 * worded in the language of the screen it opens from (the supervisor's, or the counter's); the
 * procedure's own texts (document and fee names) are edited as configured.
 */
export const ProcedureEditor = ({ procedures, save, onClose }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [draft, setDraft] = useState<Procedure | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [line, setLine] = useState<SaveLine | null>(null);
  const errors = useMemo(() => errorsOf(refusal, language), [refusal, language]);

  const edit = (part: Partial<Procedure>): void =>
    setDraft((old) => (old ? { ...old, ...part } : old));
  const editFee = (index: number, change: (fee: Fee) => Fee): void =>
    setDraft((old) =>
      old ? { ...old, fees: old.fees.map((fee, at) => (at === index ? change(fee) : fee)) } : old,
    );
  const editDocument = (index: number, part: Partial<RequiredDocument>): void =>
    setDraft((old) =>
      old
        ? {
            ...old,
            documents: old.documents.map((document, at) =>
              at === index ? { ...document, ...part } : document,
            ),
          }
        : old,
    );

  const onSave = async (): Promise<void> => {
    if (!draft) return;
    // What the server would refuse for its shape is said here, under each field.
    if (Object.keys(procedureIssues(draft, language)).length > 0) {
      setRefusal({ kind: 'draft', draft });
      setLine({ kind: 'unsaved' });
      return;
    }
    const reply = await save(draft);
    if (reply.ok) {
      setRefusal(null);
      setLine({ kind: 'saved', procedure: reply.data });
      setDraft(reply.data);
    } else {
      setRefusal({ kind: 'server', error: reply.error });
      setLine({ kind: 'refused', message: reply.error.message });
    }
  };

  const message = line ? saveLineText(line, language) : null;

  /** Ids tie each message to its field; in a row it takes a line of its own (see counter.css). */
  const errorId = (path: string): string => `procedure-error-${path.replace(/\./g, '-')}`;
  const errorFor = (path: string) =>
    errors[path] ? (
      <span id={errorId(path)} className="field-error">
        {errors[path]}
      </span>
    ) : null;
  const invalid = (path: string) =>
    errors[path] ? { 'aria-invalid': true, 'aria-describedby': errorId(path) } : {};

  return (
    <section aria-label={tx('Cấu hình thủ tục', 'Procedure settings')} className="procedure-editor">
      <h2>{tx('Cấu hình thủ tục', 'Procedure settings')}</h2>
      <button type="button" onClick={onClose}>
        {tx('Đóng cấu hình', 'Close settings')}
      </button>
      <label>
        {tx('Thủ tục', 'Procedure')}
        <select
          value={draft?.id ?? ''}
          onChange={(event) => {
            setDraft(procedures.find((procedure) => procedure.id === event.target.value) ?? null);
            setRefusal(null);
            setLine(null);
          }}
        >
          <option value="">{tx('— chọn thủ tục —', '— choose a procedure —')}</option>
          {procedures.map((procedure) => (
            <option key={procedure.id} value={procedure.id}>
              {nameIn(language, procedure.name, procedure.nameEn)}
            </option>
          ))}
        </select>
      </label>
      {draft && (
        // The editor's own checks, in the officer's words under each field: the browser's would
        // block the save with a tooltip in its own language and nothing on the page.
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <label>
            {tx('Thời hạn giải quyết (ngày làm việc)', 'Processing time (working days)')}
            <input
              type="number"
              min={0}
              max={365}
              value={draft.processingDays}
              onChange={(event) => edit({ processingDays: Number(event.target.value) })}
              {...invalid('processingDays')}
            />
          </label>
          {errorFor('processingDays')}
          <fieldset>
            <legend>{tx('Thành phần hồ sơ', 'Required documents')}</legend>
            {draft.documents.map((document, index) => (
              <div
                key={index}
                className="row"
                role="group"
                aria-label={tx(`Giấy tờ ${index + 1}`, `Document ${index + 1}`)}
              >
                <input
                  aria-label={tx(`Tên giấy tờ ${index + 1}`, `Document name ${index + 1}`)}
                  value={document.name}
                  onChange={(event) => editDocument(index, { name: event.target.value })}
                  {...invalid(`documents.${index}.name`)}
                />
                {errorFor(`documents.${index}.name`)}
                <select
                  aria-label={tx(`Hình thức giấy tờ ${index + 1}`, `Document form ${index + 1}`)}
                  value={document.form}
                  onChange={(event) =>
                    editDocument(index, { form: event.target.value as DocumentForm })
                  }
                >
                  {Object.entries(documentForms[language]).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                <input
                  type="number"
                  min={1}
                  max={99}
                  aria-label={tx(`Số lượng giấy tờ ${index + 1}`, `Document quantity ${index + 1}`)}
                  value={document.quantity}
                  onChange={(event) =>
                    editDocument(index, { quantity: Number(event.target.value) })
                  }
                  {...invalid(`documents.${index}.quantity`)}
                />
                {errorFor(`documents.${index}.quantity`)}
                <label className="inline">
                  <input
                    type="checkbox"
                    checked={document.required}
                    onChange={(event) => editDocument(index, { required: event.target.checked })}
                  />
                  {tx('Bắt buộc', 'Required')}
                </label>
                <button
                  type="button"
                  aria-label={tx(`Xoá giấy tờ ${index + 1}`, `Remove document ${index + 1}`)}
                  onClick={() => {
                    edit({ documents: draft.documents.filter((_, at) => at !== index) });
                    // Errors are kept by row number: the rows after this one move up.
                    setRefusal(null);
                  }}
                >
                  {tx('Xoá', 'Remove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                edit({
                  documents: [
                    ...draft.documents,
                    {
                      id: slug(
                        `giay-to-${draft.documents.length + 1}`,
                        draft.documents.map((document) => document.id),
                      ),
                      name: '',
                      form: 'original',
                      quantity: 1,
                      required: true,
                    },
                  ],
                })
              }
            >
              {tx('Thêm giấy tờ', 'Add document')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{tx('Lệ phí', 'Fees')}</legend>
            {draft.fees.map((fee, index) => (
              <div key={index} className="row">
                <input
                  aria-label={tx(`Tên lệ phí ${index + 1}`, `Fee name ${index + 1}`)}
                  value={fee.name}
                  {...invalid(`fees.${index}.name`)}
                  onChange={(event) =>
                    editFee(index, (old) => ({ ...old, name: event.target.value }))
                  }
                />
                <input
                  type="number"
                  min={0}
                  aria-label={tx(`Mức lệ phí ${index + 1} (đồng)`, `Fee amount ${index + 1} (VND)`)}
                  value={fee.amountVnd}
                  onChange={(event) =>
                    editFee(index, (old) => ({ ...old, amountVnd: Number(event.target.value) }))
                  }
                  {...invalid(`fees.${index}.amountVnd`)}
                />
                <select
                  aria-label={tx(
                    `Cách tính lệ phí ${index + 1}`,
                    `How fee ${index + 1} is charged`,
                  )}
                  value={fee.per ?? ''}
                  onChange={(event) => editFee(index, (old) => chargedAs(old, event.target.value))}
                >
                  {Object.entries(feeCharging[language]).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  aria-label={tx(`Xoá lệ phí ${index + 1}`, `Remove fee ${index + 1}`)}
                  onClick={() => {
                    edit({ fees: draft.fees.filter((_, at) => at !== index) });
                    // Errors are kept by row number: the rows after this one move up.
                    setRefusal(null);
                  }}
                >
                  {tx('Xoá', 'Remove')}
                </button>
                {errorFor(`fees.${index}.name`)}
                {errorFor(`fees.${index}.amountVnd`)}
              </div>
            ))}
            <button
              type="button"
              onClick={() => edit({ fees: [...draft.fees, newFee(draft.fees)] })}
            >
              {tx('Thêm lệ phí', 'Add fee')}
            </button>
          </fieldset>
          <button type="submit" className="primary">
            {tx('Lưu thủ tục', 'Save procedure')}
          </button>
          {message && <p role="status">{message}</p>}
        </form>
      )}
    </section>
  );
};
