/** Where on the configuration screen a save was made, so its outcome is said beside it. */
export type OutcomePlace = 'holidays' | 'notices' | 'sections';

/**
 * What became of the last save: saved, refused with each problem named, or refused because
 * somebody else saved the section meanwhile (`stale`: the screen offers to read it again).
 */
export type Outcome = {
  place: OutcomePlace;
  ok: boolean;
  text: string;
  issues: string[];
  stale: boolean;
};

type Props = {
  outcome: Outcome | null;
  place: OutcomePlace;
  /** A reload is under way: "Tải lại" waits for it. */
  reloading: boolean;
  onReload: () => void;
};

/** The last save's outcome, shown only in the part of the screen it was made from. */
export const ConfigOutcome = ({ outcome, place, reloading, onReload }: Props) => {
  if (!outcome || outcome.place !== place) return null;
  return (
    <div role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? 'saved' : 'refused'}>
      <p>{outcome.text}</p>
      {!outcome.ok && outcome.issues.length > 0 && (
        <ul aria-label="Lỗi cấu hình">
          {outcome.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {outcome.stale && (
        <button type="button" className="primary" disabled={reloading} onClick={onReload}>
          Tải lại
        </button>
      )}
    </div>
  );
};
