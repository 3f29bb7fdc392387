import type { Messages } from '@openops/client';
import { en } from './messages-en';
import { vi, type MessageKey } from './messages-vi';

export type { MessageKey };

/** Every text the kiosk shows, Vietnamese first (the source, `messages-vi.ts`), English second. */
export const kioskMessages: Messages<MessageKey> = { vi, en };

/**
 * Translator handed to every screen: a message in the current language, placeholders filled
 * and English plurals chosen (`{count|copy|copies}`, see `kiosk-text.ts`).
 */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
