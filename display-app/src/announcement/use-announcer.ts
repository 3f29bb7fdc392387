import { useCallback, useEffect, useRef, useState } from 'react';
import type { Call, DisplayLayout } from '@openops/protocol';
import { assertNever, defaultDisplayLayout } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import { callKey } from '../call-board';
import { createAnnouncer, type Announcer, type AnnouncerEvent, type DropReason } from './announcer';
import { announcementClips } from './clips';
import { createHowlerPlayer } from './howler-player';
import { announcementSprite } from './sprite-map';

const logger = createLogger('use-announcer');

/** Lines the announcement log keeps; older ones drop off so memory stays flat over days. */
export const logLinesKept = 40;

export type AnnouncementLogLine = { id: number; text: string };

const kindWords: Record<AnnouncerEvent['kind'], string> = {
  queued: 'chờ đọc',
  started: 'bắt đầu đọc',
  finished: 'đọc xong',
  dropped: 'bỏ qua',
};

/** Why an announcement was not read, as the log says it. */
const dropWords: Record<DropReason, string> = {
  superseded: 'đã có lượt gọi mới hơn',
  duplicate: 'đã có trong hàng chờ',
  stale: 'chờ quá lâu',
  overflow: 'hàng chờ đầy',
};

const describeEvent = (event: AnnouncerEvent): string => {
  const { label, clips } = event.announcement;
  switch (event.kind) {
    case 'queued':
    case 'finished':
      return `${kindWords[event.kind]} ${label}`;
    case 'started':
      return `${kindWords.started} ${label}: ${clips.join(' ')}`;
    case 'dropped':
      return `${kindWords.dropped} ${label} (${dropWords[event.reason]})`;
    default:
      return assertNever(event);
  }
};

/**
 * The display's announcer: one sprite player and one queue for the app's lifetime, plus a
 * bounded log of what it did, which the screen keeps in a visually hidden live region.
 */
export const useAnnouncer = (): {
  announce: (call: Call, layout: DisplayLayout | null) => void;
  log: AnnouncementLogLine[];
  /** True while the browser holds the sound back until someone touches the screen. */
  soundBlocked: boolean;
  /** True while the announcements' sound file cannot be had (failed, or long overdue). */
  soundUnavailable: boolean;
} => {
  const announcerRef = useRef<Announcer | null>(null);
  const [log, setLog] = useState<AnnouncementLogLine[]>([]);
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [soundUnavailable, setSoundUnavailable] = useState(false);

  useEffect(() => {
    let nextId = 0;
    const player = createHowlerPlayer({
      src: new URL(announcementSprite.src, document.baseURI).href,
      sprite: announcementSprite.sprite,
    });
    const announcer = createAnnouncer({
      player,
      onEvent: (event) => {
        nextId += 1;
        const line = { id: nextId, text: describeEvent(event) };
        setLog((lines) => [...lines, line].slice(-logLinesKept));
      },
    });
    announcerRef.current = announcer;
    const stopWatching = player.onSoundBlocked(setSoundBlocked);
    const stopWatchingFile = player.onSoundUnavailable(setSoundUnavailable);
    return () => {
      stopWatching();
      stopWatchingFile();
      announcer.dispose();
      player.unload();
      announcerRef.current = null;
    };
  }, []);

  const announce = useCallback((call: Call, layout: DisplayLayout | null): void => {
    const options = layout ?? defaultDisplayLayout;
    let clips: string[];
    try {
      clips = announcementClips(call, { chime: options.chime, english: options.announceEnglish });
    } catch (error) {
      // The protocol's number format makes this unreachable; if it ever is, show, don't speak.
      logger.warn('call cannot be spoken', {
        ticketNumber: call.ticketNumber,
        error: String(error),
      });
      return;
    }
    announcerRef.current?.announce({
      key: callKey(call),
      label: `${call.ticketNumber} → ${call.counterName}${call.recall ? ' (gọi lại)' : ''}`,
      clips,
      counterId: call.counterId,
      ticketId: call.ticketId,
    });
  }, []);

  return { announce, log, soundBlocked, soundUnavailable };
};
