import { useEffect, useState } from 'react';
import type { Language } from '@openops/client';
import { assertNever, type DocumentForm, type Procedure } from '@openops/protocol';
import { feeText } from './format';
import type { KioskApi, KioskError } from './kiosk-api';
import type { MessageKey, Translate } from './messages';
import { say, text, type Text } from './kiosk-text';
import { ConfiguredName, VietnameseText } from './configured-name';

const formKey = (form: DocumentForm): MessageKey => {
  switch (form) {
    case 'original':
      return 'formOriginal';
    case 'copy':
      return 'formCopy';
    case 'certified-copy':
      return 'formCertifiedCopy';
    case 'original-or-copy':
      return 'formOriginalOrCopy';
    default:
      return assertNever(form);
  }
};

type Props = {
  api: KioskApi;
  procedure: Procedure;
  serviceName: string | null;
  language: Language;
  t: Translate;
  onTakeTicket: (() => void) | null;
  onBack: () => void;
};

type PrintState =
  | { kind: 'idle' }
  | { kind: 'printing' }
  | { kind: 'printed' }
  | { kind: 'failed'; code: KioskError['code'] };

/**
 * The kiosk's own words for a print that failed, by code: the server's text mixes both
 * languages and says "the job prints when it reconnects", which the kiosk cannot promise (a
 * job waiting for its printer prints only if it comes back within 5 minutes, else is dropped,
 * and a job the printer refused is not retried), so the citizen is told it did not print and
 * what to do instead.
 */
const printFailure = (code: KioskError['code']): Text => {
  switch (code) {
    case 'printer-offline':
      return text('checklistPrinterOffline');
    case 'printer-fault':
      return text('checklistPrinterFault');
    case 'unreachable':
      return text('checklistPrintFailed', { message: text('timeout') });
    default:
      return text('checklistPrintFailedAsk');
  }
};

/**
 * One procedure: what to bring, what it costs, how long it takes, where to go, and a button
 * that prints this checklist on the kiosk's printer (the server reads the procedure from its
 * configuration by id).
 */
export const ProcedureDetail = ({
  api,
  procedure,
  serviceName,
  language,
  t,
  onTakeTicket,
  onBack,
}: Props) => {
  const [print, setPrint] = useState<PrintState>({ kind: 'idle' });
  // Another procedure opened in place: its print state starts afresh.
  useEffect(() => setPrint({ kind: 'idle' }), [procedure.id]);
  const printChecklist = (): void => {
    setPrint({ kind: 'printing' });
    void api.printChecklist(procedure.id).then((reply) => {
      setPrint(reply.ok ? { kind: 'printed' } : { kind: 'failed', code: reply.error.code });
    });
  };
  return (
    <section aria-labelledby="procedure-name" className="panel procedure">
      <h2 id="procedure-name">
        <ConfiguredName language={language} vi={procedure.name} en={procedure.nameEn} />
      </h2>
      <p className="hint">{t('procedureCode', { code: procedure.code })}</p>
      <section aria-labelledby="procedure-documents">
        <h3 id="procedure-documents">{t('documents')}</h3>
        <ol className="documents">
          {procedure.documents.map((document) => (
            <li key={document.id}>
              <span className="document-name" lang="vi">
                {document.name}
              </span>
              {!document.required && <span className="optional"> ({t('optional')})</span>}
              <span className="document-form">
                {' — '}
                {t(formKey(document.form))}, {t('copies', { count: document.quantity })}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="procedure-fees">
        <h3 id="procedure-fees">{t('fees')}</h3>
        <ul>
          {procedure.fees.length === 0 && <li>{t('free')}</li>}
          {procedure.fees.map((fee, index) => (
            // By place and name: a configuration from before names were unique may repeat one.
            <li key={`${index}-${fee.name}`}>
              <VietnameseText>{fee.name}</VietnameseText>: {feeText(fee, language, t('free'))}
            </li>
          ))}
        </ul>
      </section>
      <dl>
        <dt>{t('processingTime')}</dt>
        <dd>
          {procedure.processingDays === 0
            ? t('sameDay')
            : t('workingDays', { count: procedure.processingDays })}
        </dd>
        <dt>{t('whereToSubmit')}</dt>
        <dd>
          <VietnameseText>{procedure.whereToSubmit}</VietnameseText>
        </dd>
      </dl>
      <button
        type="button"
        className="secondary"
        onClick={printChecklist}
        disabled={print.kind === 'printing'}
      >
        {t('printChecklist')}
      </button>
      {print.kind === 'printed' && <p role="status">{t('checklistPrinted')}</p>}
      {print.kind === 'failed' && (
        <p role="alert" className="error">
          {say(t, printFailure(print.code))}
        </p>
      )}
      {onTakeTicket && serviceName && (
        <button type="button" className="primary" onClick={onTakeTicket}>
          {t('takeTicketFor', { service: serviceName })}
        </button>
      )}
      <button type="button" className="secondary" onClick={onBack}>
        {t('back')}
      </button>
    </section>
  );
};
