import { describe, expect, it } from 'vitest';
import { saysWhenItApplies } from './document-label';

describe('an optional document label', () => {
  it('adds no "(nếu có)" to a name that already ends with its condition', () => {
    expect(saysWhenItApplies('Văn bản ủy quyền (nếu nộp thay)')).toBe(true);
    expect(saysWhenItApplies('Giấy tờ chứng minh nơi cư trú (bản sao) ')).toBe(true);
  });

  it('adds it to a plain name, or one with a bracket in the middle', () => {
    expect(saysWhenItApplies('Giấy chứng sinh')).toBe(false);
    expect(saysWhenItApplies('Tờ khai (mẫu 01) đã ký')).toBe(false);
  });
});
