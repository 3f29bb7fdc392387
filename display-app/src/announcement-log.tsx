import type { AnnouncementLogLine } from './announcement/use-announcer';

type Props = { lines: readonly AnnouncementLogLine[] };

/**
 * What the announcer queued, began and finished, with each call's clip sequence: visually
 * hidden, but readable by assistive technology and by the end-to-end tests.
 */
export const AnnouncementLog = ({ lines }: Props) => (
  <ol role="log" aria-label="Nhật ký đọc số" className="visually-hidden">
    {lines.map((line) => (
      <li key={line.id}>{line.text}</li>
    ))}
  </ol>
);
