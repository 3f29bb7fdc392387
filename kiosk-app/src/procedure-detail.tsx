import type { Language } from '@openops/client';
import { assertNever, type DocumentForm, type Procedure } from '@openops/protocol';
import { formatVnd } from './format';
import type { MessageKey, Translate } from './messages';

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
  procedure: Procedure;
  serviceName: string | null;
  language: Language;
  t: Translate;
  onTakeTicket: (() => void) | null;
  onBack: () => void;
};

/** One procedure: what to bring, what it costs, how long it takes, where to go. */
export const ProcedureDetail = ({
  procedure,
  serviceName,
  language,
  t,
  onTakeTicket,
  onBack,
}: Props) => (
  <section aria-labelledby="procedure-name" className="panel procedure">
    <h2 id="procedure-name">
      {language === 'en' && procedure.nameEn ? procedure.nameEn : procedure.name}
    </h2>
    <p className="hint">{t('procedureCode', { code: procedure.code })}</p>
    <section aria-labelledby="procedure-documents">
      <h3 id="procedure-documents">{t('documents')}</h3>
      <ol className="documents">
        {procedure.documents.map((document) => (
          <li key={document.id}>
            <span className="document-name">{document.name}</span>
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
        {procedure.fees.map((fee) => (
          <li key={fee.name}>
            {fee.name}: {fee.amountVnd === 0 ? t('free') : formatVnd(fee.amountVnd, language)}
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
      <dd>{procedure.whereToSubmit}</dd>
    </dl>
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
