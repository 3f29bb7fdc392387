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

const call = (key: string, clips: string[]) => ({ key, label: key, clips });

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
    announcer.announce(call('A001', ['a']));
    announcer.announce(call('A001-recall', ['a']));
    await audio.finishClip();
    await audio.finishClip();
    expect(audio.played).toEqual(['a', 'a']);
  });

  it('drops the oldest waiting announcement when the queue is full', async () => {
    const audio = manualPlayer();
    const dropped: string[] = [];
    const announcer = createAnnouncer({
      player: audio.player,
      maxPending: 2,
      onEvent: (event) => {
        if (event.kind === 'dropped') dropped.push(event.announcement.key);
      },
    });
    for (const key of ['1', '2', '3', '4']) announcer.announce(call(key, [key]));
    expect(dropped).toEqual(['2']);
    for (let clip = 0; clip < 3; clip += 1) await audio.finishClip();
    expect(audio.played).toEqual(['1', '3', '4']);
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
