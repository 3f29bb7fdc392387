import { z } from 'zod';
import { idSchema, isoTimeSchema } from './entities';

/**
 * Rating levels, best first. A 3-button keypad offers the default three (DESIGN.md), a
 * 4-button one adds "Bình thường", a 5-button one adds "Rất không hài lòng".
 */
export const ratingLevels = [
  'very-satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very-dissatisfied',
] as const;
export const ratingLevelSchema = z.enum(ratingLevels);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

export const ratingLevelLabels: Record<RatingLevel, { vi: string; en: string }> = {
  'very-satisfied': { vi: 'Rất hài lòng', en: 'Very satisfied' },
  satisfied: { vi: 'Hài lòng', en: 'Satisfied' },
  neutral: { vi: 'Bình thường', en: 'Neutral' },
  dissatisfied: { vi: 'Không hài lòng', en: 'Dissatisfied' },
  'very-dissatisfied': { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
};

export const keypadButtonCountSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);
export type KeypadButtonCount = z.infer<typeof keypadButtonCountSchema>;

const levelsByButtons: Record<KeypadButtonCount, readonly RatingLevel[]> = {
  3: ['very-satisfied', 'satisfied', 'dissatisfied'],
  4: ['very-satisfied', 'satisfied', 'neutral', 'dissatisfied'],
  5: ratingLevels,
};

/** The levels of a keypad's buttons, left (button 1) to right. */
export const keypadLevels = (buttons: KeypadButtonCount): readonly RatingLevel[] =>
  levelsByButtons[buttons];

/** The level a button means on a keypad of `buttons` buttons, or null for a button it lacks. */
export const levelOfButton = (buttons: KeypadButtonCount, button: number): RatingLevel | null =>
  levelsByButtons[buttons][button - 1] ?? null;

/** Default seconds a keypad stays armed waiting for the citizen's press. */
export const defaultKeypadArmSeconds = 60;

/** `keypad:arm`, server → agent: light the keypad and accept one press until the window ends. */
export const keypadArmSchema = z.object({
  armId: z.string().min(1).max(64),
  buttons: keypadButtonCountSchema,
  timeoutSeconds: z.number().int().min(5).max(600),
});
export type KeypadArm = z.infer<typeof keypadArmSchema>;

/** `keypad:disarm`, server → agent: the officer moved on; presses for `armId` no longer count. */
export const keypadDisarmSchema = z.object({ armId: z.string().min(1).max(64) });
export type KeypadDisarm = z.infer<typeof keypadDisarmSchema>;

/** `keypad:press`, agent → server: the one press of an armed window. */
export const keypadPressSchema = z.object({
  armId: z.string().min(1).max(64),
  button: z.number().int().min(1).max(5),
  pressedAt: isoTimeSchema,
});
export type KeypadPress = z.infer<typeof keypadPressSchema>;

/** What the counter side asks for when it finishes serving a ticket. */
export const armKeypadRequestSchema = z.object({
  /** The counter PC (app device id) whose agent drives the keypad. */
  deviceId: idSchema,
  counterId: idSchema,
  ticketId: z.string().min(1).max(64),
  officerId: idSchema.nullable(),
  /** Default: the button count the agent announced, else 3. */
  buttons: keypadButtonCountSchema.optional(),
  /** Default `defaultKeypadArmSeconds`. */
  timeoutSeconds: z.number().int().min(5).max(600).optional(),
});
export type ArmKeypadRequest = z.infer<typeof armKeypadRequestSchema>;

export const keypadArmedSchema = z.object({
  armId: z.string(),
  expiresAt: isoTimeSchema,
});
export type KeypadArmed = z.infer<typeof keypadArmedSchema>;

/** A citizen pressed a button in an armed window: what the server's rating side receives. */
export const keypadRatedEventSchema = z.object({
  armId: z.string(),
  deviceId: idSchema,
  counterId: idSchema,
  ticketId: z.string(),
  officerId: idSchema.nullable(),
  button: z.number().int().min(1).max(5),
  level: ratingLevelSchema,
  pressedAt: isoTimeSchema,
});
export type KeypadRatedEvent = z.infer<typeof keypadRatedEventSchema>;

/**
 * `keypad:rated`, server → the counter: a press arrived. The officer learns that the citizen
 * rated, never which button: the level and button stay on the server.
 */
export const keypadPressNoticeSchema = keypadRatedEventSchema.omit({ button: true, level: true });
export type KeypadPressNotice = z.infer<typeof keypadPressNoticeSchema>;

/** The notice a counter may see of a press. */
export const keypadPressNotice = ({
  armId,
  deviceId,
  counterId,
  ticketId,
  officerId,
  pressedAt,
}: KeypadRatedEvent): KeypadPressNotice => ({
  armId,
  deviceId,
  counterId,
  ticketId,
  officerId,
  pressedAt,
});
