import type { DossierStatus } from '@openops/protocol';
import type { Translate } from './messages';
import { nextStepFor } from './dossier-next-step';

type Props = {
  status: DossierStatus;
  supplementItems: readonly string[];
  t: Translate;
  /** Takes a "return results" ticket; absent when the centre has no such service. */
  onTakeReturnTicket: (() => void) | null;
};

/**
 * What the citizen does next with a dossier (`nextStepFor`): the same words, list of documents
 * and "Trả kết quả" button whether the dossier was looked up by its code or listed by ID card.
 */
export const DossierNextStep = ({ status, supplementItems, t, onTakeReturnTicket }: Props) => {
  const step = nextStepFor(status, supplementItems);
  return (
    <>
      <p className="next-step">{t(step.message)}</p>
      {step.bring.length > 0 && (
        <ul>
          {step.bring.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {step.offersReturnTicket && onTakeReturnTicket && (
        <button type="button" className="primary" onClick={onTakeReturnTicket}>
          {t('takeReturnTicket')}
        </button>
      )}
    </>
  );
};
