import { labels } from './labels';

/** What the screen shows instead of calls when it cannot be this display: and why. */
export const RefusedScreen = ({ reason }: { reason: string }) => (
  <main className="display refused">
    <div role="alert">
      <p className="refused-title">
        {labels.refused.vi}
        <span className="en">{labels.refused.en}</span>
      </p>
      <p>{reason}</p>
    </div>
  </main>
);
