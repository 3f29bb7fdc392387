import { useContext } from 'react';
import { LanguageContext, useText } from '../ui-language';
import { outcomeWords, type Outcome, type OutcomePlace } from './config-outcome-text';

type Props = {
  outcome: Outcome | null;
  place: OutcomePlace;
  /** A reload is under way: "Tải lại" waits for it. */
  reloading: boolean;
  onReload: () => void;
};

/**
 * The last save's outcome, shown only in the part of the screen it was made from, in the
 * language shown now: saved, refused with each problem named, or refused because somebody else
 * saved the section meanwhile (then with a button to read it again).
 */
export const ConfigOutcome = ({ outcome, place, reloading, onReload }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  if (!outcome || outcome.place !== place) return null;
  const { ok, text, issues, stale } = outcomeWords(outcome, language);
  return (
    <div role={ok ? 'status' : 'alert'} className={ok ? 'saved' : 'refused'}>
      <p>{text}</p>
      {!ok && issues.length > 0 && (
        <ul aria-label={tx('Lỗi cấu hình', 'Configuration errors')}>
          {issues.map((issue, index) => (
            // Two rows may have the same problem: each keeps its own line.
            <li key={`${index}:${issue}`}>{issue}</li>
          ))}
        </ul>
      )}
      {stale && (
        <button type="button" className="primary" disabled={reloading} onClick={onReload}>
          {tx('Tải lại', 'Reload')}
        </button>
      )}
    </div>
  );
};
