import { useContext, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { nameIn, newRequestId } from '@openops/client';
import {
  clearDraft,
  draftHasContent,
  initialChecklist,
  loadDraft,
  restoreChecklist,
  saveDraft,
  type Checklist,
  type DossierDraft,
} from './dossier-draft';
import { clockTime } from './supervisor/floor-time';
import { ApplicantFields, emptyApplicant, type Applicant } from './applicant-fields';
import { DocumentChecklist } from './document-checklist';
import { FeeLines } from './fee-lines';
import {
  feeCountErrorKey,
  feeCountIssues,
  feeQuantitiesOf,
  type FeeCounts,
} from './fee-quantities';
import { LanguageContext, useText } from './ui-language';
import { receivedIds, receptionBody } from './reception-body';
import { dossierErrorKey, quantityErrorKey } from './dossier-issues';
import { withoutErrors, withoutErrorsWhere } from './field-errors';
import {
  errorTexts,
  dossierErrorText,
  inBoth,
  wordedInBoth,
  type DossierError,
  type DossierErrors,
} from './dossier-errors';
import {
  receiveDossierBodySchema,
  searchItems,
  type Dossier,
  type Procedure,
  type Reply,
  type ScanEvent,
} from '@openops/protocol';

type Props = {
  procedures: readonly Procedure[];
  /** This counter's services: their procedures are listed first. */
  serviceIds: readonly string[];
  counterId: string;
  /** The centre's, for the time a restored draft was saved. */
  timeZone: string;
  /** Whether the centre sends texts: only then is the citizen offered one for the result. */
  smsOffered: boolean;
  officerName: string;
  ticketId: string | null;
  /**
   * A citizen-ID card scanned at this counter that has not filled a form yet (see
   * `unusedCardScan`): it fills the applicant's name and address, once.
   */
  card: ScanEvent | null;
  /** The card filled this form: no form takes it again, not even this one opened anew. */
  onCardUsed: (card: ScanEvent) => void;
  submit: (body: unknown) => Promise<Reply<Dossier>>;
  onReceived: (dossier: Dossier) => void;
};

/**
 * Dossier reception: pick the procedure (search with or without tone marks), tick the checklist
 * the supervisor configured, fill the applicant (a scanned CCCD fills it), and send it whole:
 * the server assigns the code and return date and prints the receipt, or refuses with the bad
 * fields named beside them. Nothing is stored on the server until it accepts the whole dossier;
 * the form itself is kept in the tab (`dossier-draft.ts`), so a reload after a crash brings
 * back what was entered, with the same request id.
 */
export const DossierForm = (props: Props) => {
  const { procedures, serviceIds, card, onCardUsed } = props;
  const tx = useText();
  const language = useContext(LanguageContext);
  const [restored, setRestored] = useState<DossierDraft | null>(() => loadDraft(props.counterId));
  // One id per reception: a press of "receive" again after a lost answer reuses it.
  const [requestId, setRequestId] = useState(() => restored?.requestId ?? newRequestId());
  const [query, setQuery] = useState('');
  const [procedure, setProcedure] = useState<Procedure | null>(null);
  // A restored draft's procedure, until the catalogue it is looked up in has arrived.
  const [pendingProcedureId, setPendingProcedureId] = useState(restored?.procedureId ?? null);
  const [checklist, setChecklist] = useState<Checklist>(restored?.checklist ?? {});
  const [feeCounts, setFeeCounts] = useState<FeeCounts>(restored?.feeCounts ?? {});
  const [applicant, setApplicant] = useState<Applicant>(() =>
    restored
      ? {
          name: restored.name,
          idNumber: restored.idNumber,
          phone: restored.phone,
          address: restored.address,
          notifyBySms: restored.notifyBySms,
        }
      : emptyApplicant,
  );
  const { phone } = applicant;
  const [scannedId, setScannedId] = useState<string | null>(restored?.scannedId ?? null);
  const [scannedIdNumber, setScannedIdNumber] = useState<string | null>(null);
  // Kept as what is wrong and worded as shown (`errorTexts`): the officer may switch the
  // language after a refused submit.
  const [errorFacts, setErrors] = useState<DossierErrors>({});
  const errors = errorTexts(errorFacts, language);
  const clearErrors = (...keys: string[]): void => setErrors((old) => withoutErrors(old, keys));
  const [formErrorFact, setFormError] = useState<DossierError | null>(null);
  const formError = formErrorFact && dossierErrorText(formErrorFact, language);
  // The banner over the form speaks of the marked fields: once none is left, neither is it.
  const hadErrors = useRef(false);
  useEffect(() => {
    const has = Object.keys(errorFacts).length > 0;
    if (hadErrors.current && !has) setFormError(null);
    hadErrors.current = has;
  }, [errorFacts]);
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  // Opened by F8 while the cursor is elsewhere: the officer types the procedure at once. The
  // column beside the queue brings the panel into view (see `WorkColumn`); focus does not scroll.
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    search.current?.focus({ preventScroll: true });
  }, []);
  // The chosen procedure's checklist makes the form long: its top is brought to the top of
  // the screen, so the applicant's fields and the submit button are a short scroll away.
  const chosenId = procedure?.id ?? null;
  useEffect(() => {
    if (chosenId) section.current?.scrollIntoView({ block: 'start' });
  }, [chosenId]);
  // A draft ticked before the centre stopped texting is not sent as a request for a text.
  const textWanted = props.smsOffered && applicant.notifyBySms;

  // A procedure edited by a supervisor while it is open shows its new checklist at once; the
  // documents the officer already ticked stay ticked.
  useEffect(() => {
    if (!procedure) return;
    const fresh = procedures.find((candidate) => candidate.id === procedure.id);
    if (fresh && fresh !== procedure) {
      setProcedure(fresh);
      setChecklist((entered) => restoreChecklist(fresh, entered));
    }
  }, [procedures, procedure]);

  useEffect(() => {
    if (!pendingProcedureId || procedures.length === 0) return;
    const found = procedures.find((candidate) => candidate.id === pendingProcedureId);
    if (found) {
      setProcedure(found);
      setChecklist((saved) => restoreChecklist(found, saved));
    }
    setPendingProcedureId(null);
  }, [procedures, pendingProcedureId]);

  // Serialised each render, so the effect below runs when any field changed, and only then.
  const draftFields = JSON.stringify({
    procedureId: procedure?.id ?? pendingProcedureId,
    checklist,
    feeCounts,
    ...applicant,
    scannedId,
  });
  useEffect(() => {
    const fields = JSON.parse(draftFields) as Omit<DossierDraft, 'savedAt' | 'requestId'>;
    if (draftHasContent(fields)) {
      saveDraft(props.counterId, { ...fields, savedAt: Date.now(), requestId });
    } else clearDraft(props.counterId);
  }, [props.counterId, requestId, draftFields]);

  // Marked used at once: the form is unmounted when the officer leaves it (F9, F10, Escape), and
  // one opened again must not take back, for the next citizen, a card already used.
  useEffect(() => {
    if (card?.scan.kind !== 'citizen-id') return;
    const read = card.scan;
    setApplicant((old) => ({ ...old, name: read.fullName, address: read.address }));
    setScannedId(read.idMasked);
    // The whole number in memory only: sent with the dossier for the server to keep its digest
    // (the card then finds the dossier at the kiosk), never shown nor kept in the draft.
    setScannedIdNumber(read.idNumber ?? null);
    setErrors((old) => withoutErrors(old, ['applicant.name', 'applicant.address']));
    onCardUsed(card);
  }, [card, onCardUsed]);

  const ordered = useMemo(() => {
    const mine = procedures.filter((candidate) => serviceIds.includes(candidate.serviceId));
    const others = procedures.filter((candidate) => !serviceIds.includes(candidate.serviceId));
    return searchItems([...mine, ...others], query, (candidate) => [
      candidate.name,
      candidate.code,
      candidate.nameEn ?? '',
    ]);
  }, [procedures, serviceIds, query]);

  const choose = (chosen: Procedure): void => {
    setProcedure(chosen);
    setChecklist(initialChecklist(chosen));
    setFeeCounts({});
    setErrors({});
    setFormError(null);
  };

  /** An empty form for the next citizen, under a new request id. */
  const startOver = (): void => {
    setRequestId(newRequestId());
    setProcedure(null);
    setPendingProcedureId(null);
    setChecklist({});
    setFeeCounts({});
    setQuery('');
    setApplicant(emptyApplicant);
    setScannedId(null);
    setScannedIdNumber(null);
    setErrors({});
    setFormError(null);
    setRestored(null);
  };

  /** The per-unit fees' counts as the body lists them (its error paths count them so). */
  const feeQuantities = () => feeQuantitiesOf(procedure?.fees ?? [], feeCounts);
  const sentIds = (): string[] => receivedIds(checklist);
  const sentFeeNames = (): string[] => feeQuantities().map((entry) => entry.name);

  const body = (): unknown =>
    receptionBody({
      procedureId: procedure?.id,
      applicant,
      scannedId,
      scannedIdNumber,
      checklist,
      feeQuantities: feeQuantities(),
      counterId: props.counterId,
      officerName: props.officerName,
      ticketId: props.ticketId,
      notifyBySms: textWanted,
      requestId,
    });

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!procedure) {
      setFormError(inBoth('Chọn thủ tục trước', 'Choose a procedure first'));
      return;
    }
    const missing = procedure.documents.filter(
      (document) => document.required && !checklist[document.id]?.received,
    );
    // A per-unit fee is never sent without a count the screen drew its line and total from:
    // the server would refuse a missing one, and must never charge one the officer did not see.
    const local: Record<string, DossierError> = wordedInBoth((wording) =>
      feeCountIssues(procedure.fees, feeCounts, wording),
    );
    if (missing.length > 0) {
      const names = missing.map((document) => document.name).join('; ');
      local.documents = inBoth(
        `Thiếu giấy tờ bắt buộc: ${names}`,
        `Required documents missing: ${names}`,
      );
    }
    const parsed = receiveDossierBodySchema.safeParse(body(), { reportInput: true });
    if (!parsed.success) {
      parsed.error.issues.forEach((issue) => {
        const path = issue.path.map(String).join('.');
        local[dossierErrorKey(path, sentIds(), sentFeeNames())] = { kind: 'issue', issue };
      });
    }
    if (textWanted && phone.trim() === '') {
      local['applicant.phone'] = inBoth(
        'Cần số điện thoại để nhắn tin',
        'A phone number is needed for SMS',
      );
    }
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFormError(
        inBoth(
          'Hồ sơ chưa hợp lệ, xem các ô được đánh dấu',
          'The dossier is not valid yet: see the marked fields',
        ),
      );
      return;
    }
    setBusy(true);
    const reply = await props.submit(parsed.success ? parsed.data : body());
    setBusy(false);
    if (reply.ok) {
      setErrors({});
      setFormError(null);
      props.onReceived(reply.data);
      startOver();
      return;
    }
    setErrors(
      Object.fromEntries(
        (reply.error.issues ?? []).map((issue): [string, DossierError] => [
          dossierErrorKey(issue.path, sentIds(), sentFeeNames()),
          { kind: 'server', message: issue.message },
        ]),
      ),
    );
    setFormError({ kind: 'server', message: reply.error.message });
  };

  // The region keeps its Vietnamese name in English too: the end-to-end page model
  // (test/support/counter-page.ts) finds the form by it whatever the language on screen.
  return (
    <section ref={section} aria-label="Tiếp nhận hồ sơ" className="dossier-form">
      <h2>{tx('Tiếp nhận hồ sơ', 'Receive a dossier')}</h2>
      {restored && (
        <p className="notice restored-draft" role="status">
          {tx(
            `Đã khôi phục hồ sơ đang nhập dở (lưu lúc ${clockTime(new Date(restored.savedAt).toISOString(), props.timeZone)}).`,
            `The dossier being entered was restored (saved at ${clockTime(new Date(restored.savedAt).toISOString(), props.timeZone)}).`,
          )}{' '}
          <button type="button" onClick={startOver}>
            {tx('Nhập lại từ đầu', 'Start over')}
          </button>
        </p>
      )}
      <label>
        {tx('Tìm thủ tục', 'Find the procedure')}
        <input
          ref={search}
          type="search"
          value={query}
          placeholder={tx('vd: khai sinh, ket hon, 1.001193', 'e.g. khai sinh, ket hon, 1.001193')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      {!procedure && (
        <ul
          className="procedure-results"
          aria-label={tx('Kết quả tìm thủ tục', 'Procedures found')}
        >
          {ordered.slice(0, 12).map((candidate) => (
            <li key={candidate.id}>
              <button type="button" onClick={() => choose(candidate)}>
                {nameIn(language, candidate.name, candidate.nameEn)}{' '}
                <small>({candidate.code})</small>
              </button>
            </li>
          ))}
          {ordered.length === 0 && <li>{tx('Không tìm thấy thủ tục', 'No procedure found')}</li>}
        </ul>
      )}
      {procedure && (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <p className="chosen">
            <strong>{nameIn(language, procedure.name, procedure.nameEn)}</strong> ({procedure.code})
            ·{' '}
            {procedure.processingDays === 0
              ? tx('trả trong ngày', 'same day')
              : `${procedure.processingDays} ${tx('ngày làm việc', 'working days')}`}{' '}
            ·{' '}
            <button type="button" onClick={() => setProcedure(null)}>
              {tx('Đổi thủ tục', 'Change procedure')}
            </button>
          </p>
          <fieldset
            aria-describedby={errors.documents ? 'documents-error' : undefined}
            aria-invalid={errors.documents ? true : undefined}
          >
            <legend>{tx('Thành phần hồ sơ', 'Documents')}</legend>
            <DocumentChecklist
              documents={procedure.documents}
              checklist={checklist}
              onChange={setChecklist}
              onEdit={(documentId) => {
                // The row's own errors go; "a required document is missing" only with a
                // required row.
                const required = procedure.documents.some(
                  (document) => document.id === documentId && document.required,
                );
                setErrors((old) =>
                  withoutErrorsWhere(
                    old,
                    (key) =>
                      key.startsWith(`documents.${documentId}.`) ||
                      (required && key === 'documents'),
                  ),
                );
              }}
              quantityErrors={Object.fromEntries(
                procedure.documents.flatMap((document) => {
                  const message = errors[quantityErrorKey(document.id)];
                  return message ? [[document.id, message]] : [];
                }),
              )}
            />
            {errors.documents && (
              <p id="documents-error" className="field-error">
                {errors.documents}
              </p>
            )}
          </fieldset>
          {procedure.fees.length > 0 && (
            <FeeLines
              fees={procedure.fees}
              counts={feeCounts}
              onCount={(name, text) => {
                setFeeCounts((old) => ({ ...old, [name]: text }));
                clearErrors('feeQuantities', feeCountErrorKey(name));
              }}
              errors={errors}
            />
          )}
          <ApplicantFields
            applicant={applicant}
            onChange={(change) => {
              setApplicant((old) => ({ ...old, ...change }));
              const fields = Object.keys(change).map((field) => `applicant.${field}`);
              // Unticked, the text no longer needs the phone number it asked for (a number
              // typed wrong is still sent, and still refused).
              if (change.notifyBySms === false && phone.trim() === '') {
                fields.push('applicant.phone');
              }
              clearErrors(...fields);
            }}
            scannedId={scannedId}
            smsOffered={props.smsOffered}
            errors={errors}
          />
          {formError && <p className="form-error">{formError}</p>}
          <button type="submit" className="primary" disabled={busy}>
            {tx('Tiếp nhận và in biên nhận', 'Receive and print the receipt')}
          </button>
        </form>
      )}
    </section>
  );
};
