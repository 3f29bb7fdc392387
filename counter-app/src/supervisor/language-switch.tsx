import { useContext } from 'react';
import { LanguageContext } from '../ui-language';

/**
 * The supervisor screens' language switch: it reads the language it switches to, in that
 * language ("English" while Vietnamese is shown, "Tiếng Việt" while English is), as the
 * officer's does, so a reader of either finds it.
 */
export const LanguageSwitch = ({ onToggle }: { onToggle: () => void }) => {
  const language = useContext(LanguageContext);
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="language-switch"
      title={language === 'vi' ? 'Hiển thị bằng tiếng Anh' : 'Show in Vietnamese'}
      onClick={onToggle}
    >
      {/* Its own language, for a screen reader's voice; the title is in the one shown. */}
      <span lang={other}>{other === 'en' ? 'English' : 'Tiếng Việt'}</span>
    </button>
  );
};
