import { announcementSpriteMapSchema, type AnnouncementSpriteMap } from '@openops/protocol';
import committedSprite from './announcement-sprite.json';

/** The committed map, checked once at load so a bad regeneration fails loudly, not silently. */
export const announcementSprite: AnnouncementSpriteMap =
  announcementSpriteMapSchema.parse(committedSprite);
