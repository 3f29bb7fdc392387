import { describe, expect, it } from 'vitest';
import { createAnnouncer, type AnnouncerEvent, type AudioPlayer } from './announcer';

/** A player whose clips end when the test says so, recording what played and what overlapped. */
const manualPlayer = () => {
  const played: string[] = [];
  const ends: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const player: AudioPlayer = {
    play: (clip) => {
      played.push(clip);
      active += 1;
      maxActive = Math.max(maxActive, active);
      return new Promise((resolve) => {
        ends.push(() => {
          active -= 1;
          resolve();
        });
      });
    },
  };
  /** Ends the clip playing now and lets the announcer move on. */
  const finishClip = async (): Promise<void> => {
    ends.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { player, played, finishClip, maxActive: () => maxActive };
};

/** An announcement of ticket `key` at its own counter, unless one is named. */
const call = (key: string, clips: string[], at: { counter?: string; ticket?: string } = {}) => ({
  key,
  label: key,
  clips,
  counterId: at.counter ?? `counter-${key}`,
  ticketId: at.ticket ?? `ticket-${key}`,
});

/** Records the announcer's drops as "key reason". */
const dropsOf = (events: AnnouncerEvent[]): string[] =>
  events.flatMap((event) =>
    event.kind === 'dropped' ? [`${event.announcement.key} ${event.reason}`] : [],
  );

describe('createAnnouncer', () => {
  it('plays announcements one at a time, clip by clip, in arrival order', async () => {
    const audio = manualPlayer();
    const events: string[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      onEvent: (event: AnnouncerEvent) => events.push(`${event.kind} ${event.announcement.key}`),
    });
    announcer.announce(call('A001', ['chime', 'x']));
    announcer.announce(call('A002', ['chime', 'y']));
    expect(audio.played).toEqual(['chime']);
    await audio.finishClip();
    expect(audio.played).toEqual(['chime', 'x']);
    await audio.finishClip();
    expect(audio.played).toEqual(['chime', 'x', 'chime']);
    await audio.finishClip();
    await audio.finishClip();
    expect(audio.played).toEqual(['chime', 'x', 'chime', 'y']);
    expect(audio.maxActive()).toBe(1);
    expect(events).toEqual([
      'queued A001',
      'started A001',
      'queued A002',
      'finished A001',
      'started A002',
      'finished A002',
    ]);
  });

  it('repeats a recall in its turn', async () => {
    const audio = manualPlayer();
    const announcer = createAnnouncer({ player: audio.player });
    announcer.announce(call('A001', ['a'], { counter: 'quay-1', ticket: 't1' }));
    announcer.announce(call('A001-recall', ['a'], { counter: 'quay-1', ticket: 't1' }));
    await audio.finishClip();
    await audio.finishClip();
    expect(audio.played).toEqual(['a', 'a']);
  });

  it('speaks the first calls of a burst; one past the bound is the one left out', async () => {
    const audio = manualPlayer();
    const events: AnnouncerEvent[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      maxPending: 2,
      onEvent: (event) => events.push(event),
    });
    for (const key of ['1', '2', '3', '4']) announcer.announce(call(key, [key]));
    expect(dropsOf(events)).toEqual(['4 overflow']);
    for (let clip = 0; clip < 3; clip += 1) await audio.finishClip();
    expect(audio.played).toEqual(['1', '2', '3']);
  });

  it('skips an announcement that waited past its age when its turn comes', async () => {
    const audio = manualPlayer();
    const clock = { now: 0 };
    const events: AnnouncerEvent[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      now: () => clock.now,
      onEvent: (event) => events.push(event),
    });
    announcer.announce(call('1', ['1']));
    clock.now = 10_000;
    announcer.announce(call('2', ['2']));
    clock.now = 50_000;
    announcer.announce(call('3', ['3']));
    // The first clip ends 56 s after the first call: 2 waited 46 s, 3 only 6 s.
    clock.now = 56_000;
    await audio.finishClip();
    await audio.finishClip();
    expect(audio.played).toEqual(['1', '3']);
    expect(dropsOf(events)).toEqual(['2 stale']);
  });

  it('replaces a counter’s call still waiting with its newer call', async () => {
    const audio = manualPlayer();
    const events: AnnouncerEvent[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      onEvent: (event) => events.push(event),
    });
    announcer.announce(call('A001', ['A001'], { counter: 'quay-1' }));
    announcer.announce(call('B001', ['B001'], { counter: 'quay-2' }));
    announcer.announce(call('C001', ['C001'], { counter: 'quay-3' }));
    // Quầy 2 calls its next citizen before B001 was read: B001 is no longer at the counter.
    announcer.announce(call('B002', ['B002'], { counter: 'quay-2' }));
    for (let clip = 0; clip < 3; clip += 1) await audio.finishClip();
    expect(audio.played).toEqual(['A001', 'C001', 'B002']);
    expect(dropsOf(events)).toEqual(['B001 superseded']);
  });

  it('queues a recall pressed three times once, however often it was asked', async () => {
    const audio = manualPlayer();
    const events: AnnouncerEvent[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      onEvent: (event) => events.push(event),
    });
    const at = { counter: 'quay-1', ticket: 't-A001' };
    announcer.announce(call('A001', ['A001'], at));
    for (const press of ['r1', 'r2', 'r3']) announcer.announce(call(press, ['A001'], at));
    for (let clip = 0; clip < 3; clip += 1) await audio.finishClip();
    // Spoken as called, then once more: the recall, not three of them back to back.
    expect(audio.played).toEqual(['A001', 'A001']);
    expect(dropsOf(events)).toEqual(['r2 duplicate', 'r3 duplicate']);
  });

  it('sends a transferred ticket to its new counter, not the old one', async () => {
    const audio = manualPlayer();
    const announcer = createAnnouncer({ player: audio.player });
    announcer.announce(call('A001', ['A001'], { counter: 'quay-1', ticket: 't-A001' }));
    announcer.announce(call('A002', ['to-1'], { counter: 'quay-1', ticket: 't-A002' }));
    announcer.announce(call('A002@2', ['to-2'], { counter: 'quay-2', ticket: 't-A002' }));
    for (let clip = 0; clip < 3; clip += 1) await audio.finishClip();
    expect(audio.played).toEqual(['A001', 'to-2']);
  });

  it('starts again after going idle', async () => {
    const audio = manualPlayer();
    const announcer = createAnnouncer({ player: audio.player });
    announcer.announce(call('1', ['1']));
    await audio.finishClip();
    announcer.announce(call('2', ['2']));
    expect(audio.played).toEqual(['1', '2']);
  });

  it('stops after dispose', async () => {
    const audio = manualPlayer();
    const announcer = createAnnouncer({ player: audio.player });
    announcer.announce(call('1', ['1', '1b']));
    announcer.announce(call('2', ['2']));
    announcer.dispose();
    await audio.finishClip();
    expect(audio.played).toEqual(['1']);
  });
});
