import { useContext, useId } from 'react';
import { feeUnitWords, formatDong, type Fee } from '@openops/protocol';
import { feeCountErrorKey, feeViews, type FeeCounts } from './fee-quantities';
import { LanguageContext, useText } from './ui-language';

type Props = {
  fees: readonly Fee[];
  counts: FeeCounts;
  onCount: (name: string, text: string) => void;
  /** Field key (`feeQuantities.<fee name>`, or `feeQuantities` for the whole list) → message. */
  errors: Readonly<Record<string, string>>;
};

/**
 * The procedure's fees at reception: a flat fee as its amount; a fee charged per page or per
 * copy asks how many ("Số trang") and shows its line ("2.000 đ × 10 trang = 20.000 đ") as it is
 * typed; then the total, which waits for every count rather than show a sum that is too low.
 *
 * A count box is text of digits, not `type="number"`: a number box takes "1e3" (which the line
 * and total cannot read, yet would be sent as 1000) and turns with the mouse wheel while the
 * officer scrolls the long form. The digit keypad still opens on a touch screen (`inputMode`).
 *
 * Only the total is an `<output>` (role `status`, a polite live region): a screen reader hears
 * the sum once as a count changes. The lines stay plain text, read where they stand; a live
 * region per line would announce every keystroke twice, line then total, and a flat fee's
 * line never changes at all.
 */
export const FeeLines = ({ fees, counts, onCount, errors }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const { views, totalVnd } = feeViews(fees, counts, language);
  const listError = errors.feeQuantities;
  const totalId = useId();
  return (
    <fieldset
      className="fee-lines"
      aria-describedby={listError ? 'fee-quantities-error' : undefined}
    >
      <legend>{tx('Lệ phí', 'Fees')}</legend>
      <ul>
        {views.map(({ fee, text }, index) => {
          const error = errors[feeCountErrorKey(fee.name)];
          const errorId = `fee-count-error-${index}`;
          return (
            // Index first: an older configuration may still repeat a fee's name.
            <li key={`${index}-${fee.name}`}>
              {fee.name}:{' '}
              {fee.per !== undefined && (
                <label className="inline">
                  {tx(feeUnitWords[fee.per].count.vi, feeUnitWords[fee.per].count.en)}{' '}
                  <input
                    type="text"
                    inputMode="numeric"
                    pattern="[0-9]*"
                    size={6}
                    autoComplete="off"
                    className="fee-count"
                    value={counts[fee.name] ?? ''}
                    aria-label={`${tx(feeUnitWords[fee.per].count.vi, feeUnitWords[fee.per].count.en)}: ${fee.name}`}
                    onChange={(event) => onCount(fee.name, event.target.value)}
                    {...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
                  />
                </label>
              )}{' '}
              {text}
              {error && (
                <p id={errorId} className="field-error">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p>
        {/* Labelled by its visible words, so what is seen and what is heard are the same. */}
        <label htmlFor={totalId} className="inline">
          {tx('Tổng lệ phí', 'Total fees')}
        </label>
        :{' '}
        <output id={totalId}>
          {totalVnd === null
            ? tx('nhập số trang, số bản để tính', 'enter the number of pages or copies')
            : formatDong(totalVnd)}
        </output>
      </p>
      {listError && (
        <p id="fee-quantities-error" className="field-error">
          {listError}
        </p>
      )}
    </fieldset>
  );
};
