import type { Dispatch, SetStateAction } from 'react';
import type { DocumentForm, Procedure } from '@openops/protocol';
import type { Checklist } from './dossier-draft';
import { useText } from './ui-language';
import { saysWhenItApplies } from './document-label';

/** Vietnamese names of how a document is handed in. */
export const documentFormNames: Record<DocumentForm, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  'certified-copy': 'Bản sao chứng thực',
  'original-or-copy': 'Bản chính hoặc bản sao',
};

export const documentFormNamesEn: Record<DocumentForm, string> = {
  original: 'Original',
  copy: 'Copy',
  'certified-copy': 'Certified copy',
  'original-or-copy': 'Original or copy',
};

type Props = {
  documents: Procedure['documents'];
  checklist: Checklist;
  onChange: Dispatch<SetStateAction<Checklist>>;
  /** A row was changed by the officer: what was refused in it no longer stands. */
  onEdit?: (documentId: string) => void;
  /** Document id → why its quantity is refused; the row's quantity box is marked with it. */
  quantityErrors?: Readonly<Record<string, string>>;
};

/** The procedure's documents as a table: received or not, in what form, how many. */
export const DocumentChecklist = ({
  documents,
  checklist,
  onChange,
  onEdit,
  quantityErrors = {},
}: Props) => {
  const tx = useText();
  return (
    <table className="checklist">
      <thead>
        <tr>
          <th scope="col">{tx('Đã nhận', 'Received')}</th>
          <th scope="col">{tx('Giấy tờ', 'Document')}</th>
          <th scope="col">{tx('Hình thức', 'Form')}</th>
          <th scope="col">{tx('Số lượng', 'Quantity')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => {
          const entry = checklist[document.id];
          if (!entry) return null;
          const quantityError = quantityErrors[document.id];
          const quantityErrorId = `quantity-error-${document.id}`;
          const update = (part: Partial<typeof entry>): void => {
            onChange((old) => ({ ...old, [document.id]: { ...entry, ...part } }));
            onEdit?.(document.id);
          };
          return (
            <tr key={document.id}>
              <td>
                <input
                  type="checkbox"
                  checked={entry.received}
                  onChange={(event) => update({ received: event.target.checked })}
                  aria-label={document.name}
                />
              </td>
              <td>
                {document.name}
                {document.required ? (
                  <span className="required"> ({tx('bắt buộc', 'required')})</span>
                ) : saysWhenItApplies(document.name) ? null : (
                  <span> ({tx('nếu có', 'if any')})</span>
                )}
              </td>
              <td>
                <select
                  value={entry.form}
                  aria-label={`${tx('Hình thức', 'Form')}: ${document.name}`}
                  onChange={(event) => update({ form: event.target.value as DocumentForm })}
                >
                  {Object.entries(documentFormNames).map(([value, label]) => (
                    <option key={value} value={value}>
                      {tx(label, documentFormNamesEn[value as DocumentForm])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={99}
                  value={entry.quantity}
                  aria-label={`${tx('Số lượng', 'Quantity')}: ${document.name}`}
                  onChange={(event) => update({ quantity: Number(event.target.value) })}
                  {...(quantityError
                    ? { 'aria-invalid': true, 'aria-describedby': quantityErrorId }
                    : {})}
                />
                {quantityError && (
                  <p id={quantityErrorId} className="field-error">
                    {quantityError}
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
