import { z } from 'zod';
import type { Counter, Service } from './entities';

/**
 * How a waiting-area screen is laid out. Every field has a default, so a display configured
 * with only `id`, `name` and `zones` gets the standard layout.
 */
export const displayLayoutSchema = z.object({
  /** Earlier calls listed under each counter (default 3; 0 hides the per-counter list). */
  recentPerCounter: z.number().int().min(0).max(10).default(3),
  /** Shows the waiting count of each service called in this display's zones (default true). */
  showWaiting: z.boolean().default(true),
  /** Repeats each spoken call in English after the Vietnamese (default false). */
  announceEnglish: z.boolean().default(false),
  /** Plays the chime before each spoken call (default true). */
  chime: z.boolean().default(true),
});
export type DisplayLayout = z.infer<typeof displayLayoutSchema>;

/** The standard layout, for a display whose configuration names none. */
export const defaultDisplayLayout: DisplayLayout = displayLayoutSchema.parse({});

/**
 * What one display needs to draw itself: its own configuration with the layout resolved, and
 * only the counters of its zones and the services those counters serve.
 */
export type DisplayView = {
  id: string;
  name: string;
  zones: string[];
  /** Scrolling notice along the bottom, Vietnamese; null when none is configured. */
  notice: string | null;
  layout: DisplayLayout;
  counters: Counter[];
  services: Service[];
};

/** Calls a display keeps when its counters need fewer; older ones drop off. */
export const minimumCallsKept = 20;

/**
 * How many calls a display keeps, and is sent when it (re)connects: enough for every counter's
 * list (`recentPerCounter` each, plus the current call), and bounded. One rule for both sides,
 * so a restarted screen shows what one left running shows.
 */
export const callsKeptFor = (counterCount: number, recentPerCounter: number): number =>
  Math.max(minimumCallsKept, counterCount * recentPerCounter + 1);

/**
 * The JSON map of the announcement sprite, written by the display app's clip generator beside
 * the audio file and read by the display (to play clips) and the tests (to check the audio).
 */
export const announcementSpriteMapSchema = z.object({
  /** The audio file, relative to the display app's root. */
  src: z.string().min(1),
  sampleRate: z.number().int().positive(),
  durationMs: z.number().positive(),
  /** Clip id → [start ms, length ms], howler's sprite format. */
  sprite: z.record(z.string(), z.tuple([z.number().nonnegative(), z.number().positive()])),
});
export type AnnouncementSpriteMap = z.infer<typeof announcementSpriteMapSchema>;
