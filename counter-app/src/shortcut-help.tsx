import { useContext, useRef } from 'react';
import { useFocusOnOpen } from './use-focus-on-open';
import { LanguageContext, useText } from './ui-language';
import { shortcutRows } from './shortcut-help-text';

/** The list of keys (Shift+F1), in the officer's language. */
export const ShortcutHelp = ({ onClose }: { onClose: () => void }) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const dialog = useRef<HTMLElement>(null);
  useFocusOnOpen(dialog);
  return (
    <section ref={dialog} role="dialog" aria-label={tx('Phím tắt', 'Shortcuts')} className="dialog">
      <h2>{tx('Phím tắt', 'Shortcuts')}</h2>
      <table>
        <tbody>
          {shortcutRows(language).map(({ keys, text }) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        {tx('Đóng', 'Close')}
      </button>
    </section>
  );
};
