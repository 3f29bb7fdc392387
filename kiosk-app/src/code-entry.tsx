import type { FormEvent } from 'react';
import type { Translate } from './messages';

/** Keys of the on-screen keyboard for codes: digits first (most codes are mostly digits). */
export const codeKeys = {
  /** Dossier codes: digits, capitals, `.` and `-` (`000.00.06.H56-231027-0361`). */
  dossier: [...'1234567890', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '.', '-'],
  /** Booking codes: `LH-` codes and the server's 8-character codes. */
  appointment: [...'1234567890', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-'],
  /** Searching names: letters and space, no tone marks needed (search ignores them). */
  search: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', ...'1234567890', ' '],
} as const;

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown as the submit key; none for search-as-you-type fields. */
  submitLabel?: string;
  onSubmit?: () => void;
  keys: readonly string[];
  /** Characters a physical keyboard may type into the field; others are dropped. */
  allowed: RegExp;
  maxLength: number;
  t: Translate;
};

/**
 * A field plus an on-screen keyboard that types only what the code format allows. The field
 * itself takes a physical keyboard too, but never opens the system keyboard (`inputMode=none`).
 */
export const CodeEntry = ({
  id,
  label,
  hint,
  value,
  onChange,
  submitLabel,
  onSubmit,
  keys,
  allowed,
  maxLength,
  t,
}: Props) => {
  const clean = (text: string): string =>
    Array.from(text.toUpperCase())
      .filter((character) => allowed.test(character))
      .join('')
      .slice(0, maxLength);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <form className="code-entry" onSubmit={submit}>
      <label htmlFor={id} className="code-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        className="code-input"
        value={value}
        inputMode="none"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(clean(event.target.value))}
      />
      <div role="group" aria-label={t('keyboard')} className="keyboard">
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className={key === ' ' ? 'key key-space' : 'key'}
            aria-label={key === ' ' ? 'Space' : key}
            onClick={() => onChange(clean(value + key))}
          >
            {key === ' ' ? '␣' : key}
          </button>
        ))}
        <button type="button" className="key key-wide" onClick={() => onChange(value.slice(0, -1))}>
          {t('deleteKey')}
        </button>
        <button type="button" className="key key-wide" onClick={() => onChange('')}>
          {t('clearKey')}
        </button>
      </div>
      {submitLabel && (
        <button type="submit" className="primary" disabled={value.trim() === ''}>
          {submitLabel}
        </button>
      )}
    </form>
  );
};
