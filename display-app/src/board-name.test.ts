import { describe, expect, it } from 'vitest';
import { boardName } from './board-name';

describe('a counter on the board', () => {
  it('keeps a name that fits', () => {
    expect(boardName({ name: 'Quầy 1', number: 1 })).toBe('Quầy 1');
    expect(boardName({ name: 'Quầy hướng dẫn số 12', number: 12 })).toBe('Quầy hướng dẫn số 12');
  });

  it('shows a long name by its number, so two alike still read apart', () => {
    const three = { name: 'Quầy tiếp nhận và trả kết quả hồ sơ đất đai, xây dựng số 3', number: 3 };
    const four = { ...three, name: three.name.replace('số 3', 'số 4'), number: 4 };
    expect(boardName(three)).toBe('Quầy 3');
    expect(boardName(four)).toBe('Quầy 4');
  });
});
