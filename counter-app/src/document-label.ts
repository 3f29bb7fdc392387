/**
 * Whether an optional document's name already says when it applies, in a closing bracket
 * ("Văn bản ủy quyền (nếu nộp thay)"): the checklist then adds no "(nếu có)" of its own, which
 * would read as a doubled bracket.
 */
export const saysWhenItApplies = (name: string): boolean => /\([^()]+\)\s*$/.test(name);
