import { describe, expect, it } from 'vitest';
import { announcementSprite as sprite } from './sprite-map';
import { announcementClips, clipCatalogue } from './clips';
import { vietnameseLetterWords } from './vietnamese-words';

describe('announcementClips', () => {
  it('builds chime, the Vietnamese sentence, then the English one when asked', () => {
    expect(announcementClips({ ticketNumber: 'A025', counterNumber: 3 })).toEqual([
      'chime',
      'vi:intro',
      'vi:a',
      'vi:hai',
      'vi:mươi',
      'vi:lăm',
      'vi:to-counter',
      'vi:ba',
    ]);
    expect(
      announcementClips(
        { ticketNumber: 'B105', counterNumber: 12 },
        { chime: false, english: true },
      ),
    ).toEqual([
      'vi:intro',
      'vi:bê',
      'vi:một',
      'vi:trăm',
      'vi:linh',
      'vi:năm',
      'vi:to-counter',
      'vi:mười',
      'vi:hai',
      'en:intro',
      'en:B',
      'en:one',
      'en:hundred',
      'en:five',
      'en:to-counter',
      'en:twelve',
    ]);
  });
});

describe('the committed sprite', () => {
  const spriteIds = new Set(Object.keys(sprite.sprite));

  it('holds exactly the catalogue clips, each with a positive length', () => {
    expect([...spriteIds].sort()).toEqual(
      clipCatalogue()
        .map((clip) => clip.id)
        .sort(),
    );
    for (const [id, [start, duration]] of Object.entries(sprite.sprite)) {
      expect(start, id).toBeGreaterThanOrEqual(0);
      expect(duration, id).toBeGreaterThan(50);
    }
  });

  it('covers every number and counter any call can need', () => {
    const letters = Object.keys(vietnameseLetterWords).join('');
    const missing = new Set<string>();
    for (let value = 0; value <= 9999; value += 1) {
      const ticketNumber = `${letters[value % letters.length] ?? 'A'}${String(value).padStart(3, '0')}`;
      const clips = announcementClips(
        { ticketNumber, counterNumber: (value % 999) + 1 },
        { chime: true, english: true },
      );
      for (const clip of clips) if (!spriteIds.has(clip)) missing.add(clip);
    }
    expect([...missing]).toEqual([]);
  });
});
