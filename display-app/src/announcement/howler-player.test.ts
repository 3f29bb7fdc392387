import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHowlerPlayer, type SpriteMap } from './howler-player';

type Listener = (id: number, detail?: unknown) => void;
type HowlOptions = {
  onload?: () => void;
  onloaderror?: (id: number | null, error: unknown) => void;
};

/**
 * Howler as the player sees it: each Howl records the clips it was asked to play and lets the
 * test load it, fail it, or end a clip; the audio context's state is the test's to set.
 */
const fake = vi.hoisted(() => {
  const context = {
    state: 'running' as 'running' | 'suspended',
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const howls: FakeHowl[] = [];
  class FakeHowl {
    readonly played: string[] = [];
    private loadState = 'loading';
    private readonly listeners = new Map<string, Listener[]>();
    constructor(private readonly options: HowlOptions) {
      howls.push(this);
    }
    state = (): string => this.loadState;
    play = (clip: string): number => {
      this.played.push(clip);
      return this.played.length;
    };
    once = (event: string, listener: Listener): void => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    };
    off = (event: string, listener: Listener): void => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
      );
    };
    stop = (): void => undefined;
    unload = (): void => {
      this.loadState = 'unloaded';
    };
    loaded(): void {
      this.loadState = 'loaded';
      this.options.onload?.();
    }
    failed(): void {
      this.options.onloaderror?.(null, 'Failed loading audio file with status: 503.');
    }
    /** Ends the clip playing now, as howler does at its end. */
    end(): void {
      const id = this.played.length;
      (this.listeners.get('end') ?? []).forEach((listener) => listener(id));
    }
  }
  const howler = { autoSuspend: true, usingWebAudio: true, ctx: context };
  return { context, howls, FakeHowl, howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.howler }));

const sprite: SpriteMap = { chime: [0, 100], 'vi:intro': [300, 200] };
/** Lets settled promises run their callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const playerAt = (clock: { now: number }) =>
  createHowlerPlayer({
    src: 'announcement.ogg',
    sprite,
    slackMs: 50,
    retry: { firstMs: 5_000 },
    now: () => clock.now,
  });

beforeEach(() => {
  fake.howls.length = 0;
  fake.context.state = 'running';
});

describe('the howler player', () => {
  it('skips clips at once while the browser holds sound back, so none wait for the first touch', async () => {
    const player = playerAt({ now: 0 });
    fake.howls[0]?.loaded();
    fake.context.state = 'suspended';
    let done = 0;
    for (let call = 0; call < 3; call += 1) void player.play('chime').then(() => (done += 1));
    await settle();
    expect(done).toBe(3);
    // Nothing was handed to howler, which would keep each play and start them all at a touch.
    expect(fake.howls[0]?.played).toEqual([]);

    fake.context.state = 'running';
    const after = player.play('chime');
    expect(fake.howls[0]?.played).toEqual(['chime']);
    fake.howls[0]?.end();
    await after;
  });

  it('says when the sound file failed, and loads it again on a call after the back-off', async () => {
    const clock = { now: 0 };
    const player = playerAt(clock);
    const unavailable: boolean[] = [];
    player.onSoundUnavailable((value) => unavailable.push(value));
    fake.howls[0]?.failed();
    expect(unavailable).toEqual([false, true]);

    // Within the back-off: skipped, not asked again.
    clock.now = 4_000;
    await player.play('chime');
    expect(fake.howls).toHaveLength(1);

    // After it: the call that comes loads the file again, and is spoken once it has come.
    clock.now = 6_000;
    const spoken = player.play('chime');
    expect(fake.howls).toHaveLength(2);
    fake.howls[1]?.loaded();
    expect(unavailable).toEqual([false, true, false]);
    expect(fake.howls[1]?.played).toEqual(['chime']);
    fake.howls[1]?.end();
    await spoken;
  });

  it('ends a clip waiting for the file as soon as the load fails', async () => {
    const clock = { now: 0 };
    const player = playerAt(clock);
    let ended = false;
    const waiting = player.play('chime').then(() => (ended = true));
    await settle();
    expect(ended).toBe(false);
    fake.howls[0]?.failed();
    await waiting;
    expect(ended).toBe(true);
  });
});
