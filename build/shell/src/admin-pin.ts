import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { adminPinSchema } from '@openops/protocol';

/** A stored PIN: never the digits themselves, so the config file does not give it away. */
export const pinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    salt: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
    hash: z.string().regex(/^[A-Za-z0-9+/]+=*$/),
  })
  .strict();
export type PinHash = z.infer<typeof pinHashSchema>;

const keyLength = 32;

/** Hashes a PIN with scrypt and a fresh salt; throws on a PIN that is not 4 to 12 digits. */
export const hashPin = (pin: string, salt: Buffer = randomBytes(16)): PinHash => {
  adminPinSchema.parse(pin);
  return {
    algorithm: 'scrypt',
    salt: salt.toString('base64'),
    hash: scryptSync(pin, salt, keyLength).toString('base64'),
  };
};

/** Compares in constant time so the time taken says nothing about the digits. */
export const verifyPin = (pin: string, stored: PinHash): boolean => {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(stored.salt, 'base64'), expected.length || keyLength);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; retryAt: Date };

export type PinGuardOptions = {
  stored: PinHash;
  now: () => Date;
  /** Wrong PINs in a row before the prompt locks. Default 5. */
  maxAttempts?: number;
  /** How long it stays locked. Default 5 minutes. */
  lockoutMs?: number;
};

/**
 * Checks PINs typed at the admin prompt and locks after repeated failures, so a citizen
 * cannot walk the kiosk out of kiosk mode by guessing.
 */
export const createPinGuard = (options: PinGuardOptions): { check: (pin: string) => PinCheck } => {
  const maxAttempts = options.maxAttempts ?? 5;
  const lockoutMs = options.lockoutMs ?? 5 * 60_000;
  let failures = 0;
  let lockedUntil = 0;
  return {
    check: (pin) => {
      const now = options.now().getTime();
      if (now < lockedUntil) return { ok: false, reason: 'locked', retryAt: new Date(lockedUntil) };
      if (verifyPin(pin, options.stored)) {
        failures = 0;
        return { ok: true };
      }
      failures += 1;
      if (failures >= maxAttempts) {
        failures = 0;
        lockedUntil = now + lockoutMs;
        return { ok: false, reason: 'locked', retryAt: new Date(lockedUntil) };
      }
      return { ok: false, reason: 'wrong-pin', attemptsLeft: maxAttempts - failures };
    },
  };
};
