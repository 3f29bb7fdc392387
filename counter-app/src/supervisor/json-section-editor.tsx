import { useState } from 'react';
import { useText } from '../ui-language';

type Props = {
  title: string;
  /** The section as loaded; the parent remounts the editor (its `key`) when it is replaced. */
  value: unknown;
  onSave: (body: unknown) => void;
  /** The text is no JSON: the parser's reason, nothing sent. */
  onUnreadable: (reason: string) => void;
};

/** A section without a form of its own, edited as JSON and validated whole by the server. */
export const JsonSectionEditor = ({ title, value, onSave, onUnreadable }: Props) => {
  const tx = useText();
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const save = (): void => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      onUnreadable(error instanceof Error ? error.message : String(error));
      return;
    }
    onSave(body);
  };
  return (
    <>
      <label className="json-editor">
        {tx(`Nội dung: ${title} (JSON)`, `Content: ${title} (JSON)`)}
        <textarea
          rows={18}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="button" className="primary" onClick={save}>
        {tx('Lưu phần này', 'Save this section')}
      </button>
    </>
  );
};
