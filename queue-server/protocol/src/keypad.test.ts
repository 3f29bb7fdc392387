import { describe, expect, it } from 'vitest';
import { keypadArmSchema, keypadLevels, levelOfButton, ratingLevelLabels } from './keypad';

describe('keypad levels', () => {
  it('gives three buttons the default three levels, best first', () => {
    expect(keypadLevels(3).map((level) => ratingLevelLabels[level].vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
  });
  it('adds "Bình thường" at four and "Rất không hài lòng" at five', () => {
    expect(keypadLevels(4)).toContain('neutral');
    expect(levelOfButton(5, 5)).toBe('very-dissatisfied');
  });
  it('has no level for a button the keypad lacks', () => {
    expect(levelOfButton(3, 4)).toBeNull();
    expect(levelOfButton(3, 0)).toBeNull();
  });
  it('refuses an arm for a 6-button keypad or a 1-second window', () => {
    expect(keypadArmSchema.safeParse({ armId: 'a', buttons: 6, timeoutSeconds: 60 }).success).toBe(
      false,
    );
    expect(keypadArmSchema.safeParse({ armId: 'a', buttons: 3, timeoutSeconds: 1 }).success).toBe(
      false,
    );
  });
});
