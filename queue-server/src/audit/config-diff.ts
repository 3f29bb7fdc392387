/** What changed between two lists of entries with ids, for the audit log's summary line. */
export const describeListChange = <T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): string => {
  const old = new Map(before.map((entry) => [entry.id, JSON.stringify(entry)]));
  const next = new Map(after.map((entry) => [entry.id, JSON.stringify(entry)]));
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const changed = [...next.keys()].filter((id) => old.has(id) && old.get(id) !== next.get(id));
  const parts = [
    added.length > 0 ? `thêm ${added.join(', ')}` : null,
    removed.length > 0 ? `xoá ${removed.join(', ')}` : null,
    changed.length > 0 ? `sửa ${changed.join(', ')}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('; ') : 'không đổi';
};
