/**
 * What changed in the configuration, for the audit log's summary line: which entries were
 * added, removed or edited, and for an edit which fields, from what to what ("sửa ho-tich
 * (prefix: A → F)"), so a supervisor reading the log later can tell what the change was.
 */

/** A value as the log shows it: short ones whole, long ones by their field name alone. */
const longestShown = 60;

const shown = (value: unknown): string => {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** `field: old → new` for each top-level field whose value differs, keys in order. */
export const fieldChanges = (
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort()
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => {
      const from = shown(before[key]);
      const to = shown(after[key]);
      return from.length + to.length > longestShown ? key : `${key}: ${from} → ${to}`;
    });

/** What changed between two lists of entries with ids. */
export const describeListChange = <T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): string => {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const next = new Map(after.map((entry) => [entry.id, entry]));
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const changed = [...next.entries()].flatMap(([id, entry]) => {
    const previous = old.get(id);
    if (!previous) return [];
    const fields = fieldChanges(previous, entry);
    return fields.length > 0 ? [`${id} (${fields.join('; ')})`] : [];
  });
  const parts = [
    added.length > 0 ? `thêm ${added.join(', ')}` : null,
    removed.length > 0 ? `xoá ${removed.join(', ')}` : null,
    changed.length > 0 ? `sửa ${changed.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('; ') : 'không đổi';
};

/** What changed in one settings object (the centre, the calling policy), or "không đổi". */
export const describeObjectChange = (
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string => {
  const fields = fieldChanges(before, after);
  return fields.length > 0 ? fields.join('; ') : 'không đổi';
};

/** Days added to and taken from a list of days ("thêm ngày nghỉ 2026-12-24"). */
export const describeDaysChange = (
  what: string,
  before: readonly string[],
  after: readonly string[],
): string[] => {
  const added = after.filter((day) => !before.includes(day));
  const removed = before.filter((day) => !after.includes(day));
  return [
    added.length > 0 ? `thêm ${what} ${added.join(', ')}` : null,
    removed.length > 0 ? `bỏ ${what} ${removed.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
};
