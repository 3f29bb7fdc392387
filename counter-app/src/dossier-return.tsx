import { useContext, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  allowedFrom,
  dossierCodeSchema,
  dossierStatusNames,
  type DossierAction,
  type Dossier,
  type DossierWithHistory,
  type Reply,
  type ScanEvent,
} from '@openops/protocol';
import { LanguageContext, useText } from './ui-language';
import { formatDay } from './elapsed';
import { dossierErrorText, inBoth, type DossierError } from './dossier-errors';

export type DossierFollowUp = {
  get: (code: string) => Promise<Reply<DossierWithHistory>>;
  requestSupplement: (code: string, items: string[]) => Promise<Reply<Dossier>>;
  supplementReceived: (code: string) => Promise<Reply<Dossier>>;
  markProcessed: (code: string) => Promise<Reply<Dossier>>;
  markReturned: (code: string) => Promise<Reply<Dossier>>;
};

type Props = {
  api: DossierFollowUp;
  /** A receipt scanned at this counter that no lookup has used yet (see `unusedReceiptScan`). */
  scan: ScanEvent | null;
  /** The scan was looked up: the panel opened again does not look it up anew. */
  onScanUsed: (scan: ScanEvent) => void;
};

/**
 * Follow-up on a received dossier: scan (or type) the receipt's code, then ask for supplements
 * (status 5, with the list) or hand the result back (status 10). Each change is recorded by the
 * server with its history entry and queued for sync.
 */
export const DossierReturn = ({ api, scan, onScanUsed }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  // What the panel says is kept as what happened and worded when shown (`dossierErrorText`), so
  // it follows a switch of the language while it shows.
  const [codeProblem, setCodeProblem] = useState<DossierError | null>(null);
  const codeError = codeProblem && dossierErrorText(codeProblem, language);
  const [code, setCode] = useState('');
  const [dossier, setDossier] = useState<DossierWithHistory | Dossier | null>(null);
  const [items, setItems] = useState('');
  const [itemsMissing, setItemsMissing] = useState<DossierError | null>(null);
  const itemsError = itemsMissing && dossierErrorText(itemsMissing, language);
  const [said, setSaid] = useState<DossierError | null>(null);
  const message = said && dossierErrorText(said, language);
  // A change sent and not yet answered: the buttons wait, so one click is one change.
  const [busy, setBusy] = useState(false);
  // The latest lookup: an answer to an earlier one (a slower request) is dropped.
  const lookup = useRef(0);

  // A new code replaces the dossier on screen at once: the buttons never act on the previous
  // citizen's dossier while the new one is looked up, or after it was not found.
  const load = async (value: string): Promise<void> => {
    lookup.current += 1;
    const asked = lookup.current;
    setDossier(null);
    setSaid(null);
    setItems('');
    setItemsMissing(null);
    const parsed = dossierCodeSchema.safeParse(value.trim());
    if (!parsed.success) {
      setCodeProblem(
        value.trim() === ''
          ? inBoth('Nhập mã hồ sơ', 'Enter the dossier code')
          : inBoth(
              'Mã hồ sơ có dạng <mã cơ quan>-YYMMDD-NNNN',
              'A dossier code looks like <agency code>-YYMMDD-NNNN',
            ),
      );
      return;
    }
    setCodeProblem(null);
    const reply = await api.get(parsed.data);
    if (asked !== lookup.current) return;
    if (reply.ok) setDossier(reply.data);
    else setCodeProblem({ kind: 'server', message: reply.error.message });
  };

  // Only a new scan triggers a lookup: the effect reads the latest `load` and callback through
  // a ref rather than running again whenever they are made anew.
  const onScan = useRef({ load, onScanUsed });
  useEffect(() => {
    onScan.current = { load, onScanUsed };
  });
  useEffect(() => {
    if (scan?.scan.kind !== 'dossier-code') return;
    setCode(scan.scan.code);
    void onScan.current.load(scan.scan.code);
    onScan.current.onScanUsed(scan);
  }, [scan]);

  const onLookup = (event: FormEvent): void => {
    event.preventDefault();
    void load(code);
  };

  /** Sends one change for the dossier on screen; its answer is dropped if another was looked up. */
  const change = async (send: () => Promise<Reply<Dossier>>, done: DossierError): Promise<void> => {
    const asked = lookup.current;
    setBusy(true);
    const reply = await send();
    setBusy(false);
    if (asked !== lookup.current) return;
    if (reply.ok) {
      setDossier(reply.data);
      setSaid(done);
    } else {
      setSaid({ kind: 'server', message: reply.error.message });
    }
  };

  const supplement = async (): Promise<void> => {
    if (!dossier) return;
    const list = items
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (list.length === 0) {
      setItemsMissing(
        inBoth('Nhập ít nhất một giấy tờ cần bổ sung', 'Enter at least one item, one per line'),
      );
      return;
    }
    setItemsMissing(null);
    const { code: dossierCode } = dossier;
    await change(
      () => api.requestSupplement(dossierCode, list),
      inBoth('Đã ghi yêu cầu bổ sung', 'Supplement requested'),
    );
  };

  /** Only the steps the dossier's status allows are offered; the server checks the same table. */
  const can = (action: DossierAction): boolean =>
    !busy && dossier !== null && allowedFrom(action).includes(dossier.status);

  const simple = async (
    action: (code: string) => Promise<Reply<Dossier>>,
    done: DossierError,
  ): Promise<void> => {
    if (!dossier) return;
    const { code: dossierCode } = dossier;
    await change(() => action(dossierCode), done);
  };

  return (
    <section
      aria-label={tx('Trả kết quả và bổ sung hồ sơ', 'Return results and supplements')}
      className="dossier-return"
    >
      <h2>{tx('Trả kết quả / bổ sung', 'Return / supplement')}</h2>
      <form onSubmit={onLookup}>
        <label>
          {tx('Mã hồ sơ', 'Dossier code')}
          <input
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={codeError ? true : undefined}
            aria-describedby={codeError ? 'return-code-error' : undefined}
          />
        </label>
        {codeError && (
          <p id="return-code-error" className="field-error">
            {codeError}
          </p>
        )}
        <button type="submit">{tx('Tra cứu', 'Look up')}</button>
      </form>
      {dossier && (
        <div aria-label={tx('Hồ sơ', 'Dossier')} role="group">
          <p>
            <strong>{dossier.code}</strong> · {dossier.procedureName} · {dossier.applicant.name}
          </p>
          <p>
            {tx('Trạng thái', 'Status')}:{' '}
            <output aria-label={tx('Trạng thái hồ sơ', 'Dossier status')}>
              {tx(dossierStatusNames[dossier.status].vi, dossierStatusNames[dossier.status].en)}
            </output>{' '}
            · {tx('Hẹn trả', 'Result due')}: {formatDay(dossier.returnDate)}
          </p>
          {can('request-supplement') && (
            <label>
              {tx('Giấy tờ cần bổ sung (mỗi dòng một giấy tờ)', 'Items to bring (one per line)')}
              <textarea
                value={items}
                onChange={(event) => setItems(event.target.value)}
                aria-invalid={itemsError ? true : undefined}
                aria-describedby={itemsError ? 'supplement-error' : undefined}
              />
            </label>
          )}
          {itemsError && (
            <p id="supplement-error" className="field-error">
              {itemsError}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              disabled={!can('request-supplement')}
              onClick={() => void supplement()}
            >
              {tx('Yêu cầu bổ sung', 'Request supplement')}
            </button>
            <button
              type="button"
              disabled={!can('supplement-received')}
              onClick={() =>
                void simple(
                  api.supplementReceived,
                  inBoth('Đã nhận đủ giấy tờ bổ sung', 'Supplement received'),
                )
              }
            >
              {tx('Đã nhận bổ sung', 'Supplement received')}
            </button>
            <button
              type="button"
              disabled={!can('mark-processed')}
              onClick={() =>
                void simple(api.markProcessed, inBoth('Đã ghi nhận xử lý xong', 'Marked processed'))
              }
            >
              {tx('Đã xử lý xong', 'Processed')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={!can('mark-returned')}
              onClick={() =>
                void simple(api.markReturned, inBoth('Đã trả kết quả', 'Result returned'))
              }
            >
              {tx('Trả kết quả', 'Return the result')}
            </button>
          </div>
          {message && <p role="status">{message}</p>}
        </div>
      )}
    </section>
  );
};
