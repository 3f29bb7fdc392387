import { describe, expect, it } from 'vitest';
import { centreExtrasOf, keptPriority } from './centre-extras';

const elderly = { id: 'nguoi-cao-tuoi', name: 'Người cao tuổi', nameEn: 'Elderly' };

describe('keptPriority', () => {
  it('keeps a group the new snapshot still lets citizens declare, as the snapshot names it', () => {
    const { selfDeclared } = centreExtrasOf({
      priorityCategories: [{ ...elderly, name: 'Người từ 75 tuổi', selfDeclared: true }],
    });
    expect(keptPriority({ ...elderly, selfDeclared: true }, selfDeclared)).toMatchObject({
      id: 'nguoi-cao-tuoi',
      name: 'Người từ 75 tuổi',
    });
  });

  it('drops a group the centre removed or made officer-granted', () => {
    const chosen = { ...elderly, selfDeclared: true };
    expect(
      keptPriority(chosen, centreExtrasOf({ priorityCategories: [] }).selfDeclared),
    ).toBeNull();
    const officerOnly = centreExtrasOf({
      priorityCategories: [{ ...elderly, selfDeclared: false }],
    });
    expect(keptPriority(chosen, officerOnly.selfDeclared)).toBeNull();
  });

  it('keeps no choice as none', () => {
    expect(keptPriority(null, centreExtrasOf({}).selfDeclared)).toBeNull();
  });
});
