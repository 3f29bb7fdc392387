type Props = { text: string };

/** Seconds per character of notice, so any length scrolls at the same readable speed. */
const secondsPerCharacter = 0.22;

/** The configured notice, scrolling right to left along the bottom of the screen. */
export const NoticeTicker = ({ text }: Props) => (
  <section aria-label="Thông báo" className="notice">
    <p
      className="notice-text"
      style={{ animationDuration: `${Math.max(12, text.length * secondsPerCharacter)}s` }}
    >
      {text}
    </p>
  </section>
);
