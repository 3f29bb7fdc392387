import { z } from 'zod';
import committedSprite from './announcement-sprite.json';

/** The JSON map the clip generator writes beside the sprite audio. */
export const spriteMapSchema = z.object({
  src: z.string().min(1),
  sampleRate: z.number().int().positive(),
  durationMs: z.number().positive(),
  /** Clip id → [start ms, length ms], howler's sprite format. */
  sprite: z.record(z.string(), z.tuple([z.number().nonnegative(), z.number().positive()])),
});
export type SpriteMapFile = z.infer<typeof spriteMapSchema>;

/** The committed map, checked once at load so a bad regeneration fails loudly, not silently. */
export const announcementSprite: SpriteMapFile = spriteMapSchema.parse(committedSprite);
