import { useState } from 'react';
import type { DisplayConfig } from '@openops/protocol';
import { useText } from '../ui-language';

type Props = {
  /** The displays as loaded; the parent remounts the form (its `key`) when they are replaced. */
  displays: readonly DisplayConfig[];
  onSave: (displays: DisplayConfig[]) => void;
};

/**
 * The scrolling notice of each display, edited as text; an emptied one is removed. Each box is
 * named by its display as configured (displays have no English name), and the notice is what the
 * centre writes for citizens: neither changes with the screen's language.
 */
export const NoticesForm = ({ displays, onSave }: Props) => {
  const tx = useText();
  const [notices, setNotices] = useState<Record<string, string>>(() =>
    Object.fromEntries(displays.map((display) => [display.id, display.notice ?? ''])),
  );
  return (
    <>
      {displays.map((display) => (
        <label key={display.id} className="notice">
          {display.name}
          <textarea
            rows={2}
            maxLength={1000}
            value={notices[display.id] ?? ''}
            onChange={(event) =>
              setNotices((old) => ({ ...old, [display.id]: event.target.value }))
            }
          />
        </label>
      ))}
      <button
        type="button"
        onClick={() =>
          onSave(
            displays.map((display) => {
              const notice = (notices[display.id] ?? '').trim();
              // An emptied notice is removed (JSON drops undefined): the display shows none.
              return { ...display, notice: notice === '' ? undefined : notice };
            }),
          )
        }
      >
        {tx('Lưu thông báo', 'Save notices')}
      </button>
    </>
  );
};
