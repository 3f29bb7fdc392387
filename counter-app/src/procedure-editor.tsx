import { useState } from 'react';
import type { DocumentForm, Fee, Procedure, Reply, RequiredDocument } from '@openops/protocol';
import { documentFormNames } from './document-checklist';
import { newFee } from './new-fee';
import { procedureIssues, serverProcedureIssue } from './procedure-issues';

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
const feeCharging = { '': 'Thu một lần', page: 'Mỗi trang', copy: 'Mỗi bản' } as const;

/** The fee charged as chosen; a flat fee carries no `per` at all, as older configurations. */
const chargedAs = (fee: Fee, per: string): Fee =>
  per === 'page' || per === 'copy' ? { ...fee, per } : { name: fee.name, amountVnd: fee.amountVnd };

/**
 * The supervisor's editor of a procedure's document checklist, fees and processing time. Saving
 * replaces the procedure whole on the server, which pushes it to every kiosk and counter.
 */
export const ProcedureEditor = ({ procedures, save, onClose }: Props) => {
  const [draft, setDraft] = useState<Procedure | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

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
    // What the server would refuse for its shape is said here, under each field, in Vietnamese.
    const local = procedureIssues(draft);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setMessage('Chưa lưu: sửa các ô được đánh dấu');
      return;
    }
    const reply = await save(draft);
    if (reply.ok) {
      setErrors({});
      setMessage(`Đã lưu "${reply.data.name}"`);
      setDraft(reply.data);
    } else {
      setErrors(
        Object.fromEntries(
          (reply.error.issues ?? []).map((issue) => [issue.path, serverProcedureIssue(issue)]),
        ),
      );
      setMessage(reply.error.message);
    }
  };

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
    <section aria-label="Cấu hình thủ tục" className="procedure-editor">
      <h2>Cấu hình thủ tục</h2>
      <button type="button" onClick={onClose}>
        Đóng cấu hình
      </button>
      <label>
        Thủ tục
        <select
          value={draft?.id ?? ''}
          onChange={(event) => {
            setDraft(procedures.find((procedure) => procedure.id === event.target.value) ?? null);
            setErrors({});
            setMessage(null);
          }}
        >
          <option value="">— chọn thủ tục —</option>
          {procedures.map((procedure) => (
            <option key={procedure.id} value={procedure.id}>
              {procedure.name}
            </option>
          ))}
        </select>
      </label>
      {draft && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <label>
            Thời hạn giải quyết (ngày làm việc)
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
            <legend>Thành phần hồ sơ</legend>
            {draft.documents.map((document, index) => (
              <div key={index} className="row" role="group" aria-label={`Giấy tờ ${index + 1}`}>
                <input
                  aria-label={`Tên giấy tờ ${index + 1}`}
                  value={document.name}
                  onChange={(event) => editDocument(index, { name: event.target.value })}
                  {...invalid(`documents.${index}.name`)}
                />
                {errorFor(`documents.${index}.name`)}
                <select
                  aria-label={`Hình thức giấy tờ ${index + 1}`}
                  value={document.form}
                  onChange={(event) =>
                    editDocument(index, { form: event.target.value as DocumentForm })
                  }
                >
                  {Object.entries(documentFormNames).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                <input
                  type="number"
                  min={1}
                  max={99}
                  aria-label={`Số lượng giấy tờ ${index + 1}`}
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
                  Bắt buộc
                </label>
                <button
                  type="button"
                  aria-label={`Xoá giấy tờ ${index + 1}`}
                  onClick={() => {
                    edit({ documents: draft.documents.filter((_, at) => at !== index) });
                    // Errors are kept by row number: the rows after this one move up.
                    setErrors({});
                  }}
                >
                  Xoá
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
              Thêm giấy tờ
            </button>
          </fieldset>
          <fieldset>
            <legend>Lệ phí</legend>
            {draft.fees.map((fee, index) => (
              <div key={index} className="row">
                <input
                  aria-label={`Tên lệ phí ${index + 1}`}
                  value={fee.name}
                  {...invalid(`fees.${index}.name`)}
                  onChange={(event) =>
                    editFee(index, (old) => ({ ...old, name: event.target.value }))
                  }
                />
                <input
                  type="number"
                  min={0}
                  aria-label={`Mức lệ phí ${index + 1} (đồng)`}
                  value={fee.amountVnd}
                  onChange={(event) =>
                    editFee(index, (old) => ({ ...old, amountVnd: Number(event.target.value) }))
                  }
                  {...invalid(`fees.${index}.amountVnd`)}
                />
                <select
                  aria-label={`Cách tính lệ phí ${index + 1}`}
                  value={fee.per ?? ''}
                  onChange={(event) => editFee(index, (old) => chargedAs(old, event.target.value))}
                >
                  {Object.entries(feeCharging).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  aria-label={`Xoá lệ phí ${index + 1}`}
                  onClick={() => {
                    edit({ fees: draft.fees.filter((_, at) => at !== index) });
                    // Errors are kept by row number: the rows after this one move up.
                    setErrors({});
                  }}
                >
                  Xoá
                </button>
                {errorFor(`fees.${index}.name`)}
                {errorFor(`fees.${index}.amountVnd`)}
              </div>
            ))}
            <button
              type="button"
              onClick={() => edit({ fees: [...draft.fees, newFee(draft.fees)] })}
            >
              Thêm lệ phí
            </button>
          </fieldset>
          <button type="submit" className="primary">
            Lưu thủ tục
          </button>
          {message && <p role="status">{message}</p>}
        </form>
      )}
    </section>
  );
};
