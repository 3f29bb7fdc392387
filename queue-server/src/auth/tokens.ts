import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Token kinds, visible in the prefix so a lookup goes to the right table. */
export type TokenKind = 'officer' | 'device';

const prefixes: Record<TokenKind, string> = { officer: 'o.', device: 'd.' };

/** A fresh bearer token: 32 random bytes, base64url, with its kind's prefix. */
export const newToken = (kind: TokenKind): string =>
  `${prefixes[kind]}${randomBytes(32).toString('base64url')}`;

export const tokenKind = (token: string): TokenKind | null =>
  token.startsWith(prefixes.officer)
    ? 'officer'
    : token.startsWith(prefixes.device)
      ? 'device'
      : null;

/** Only hashes are stored: a copied database does not hand out live sessions. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Six digits the device shows and the admin confirms. */
export const newPairingCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');
