import { createHash } from 'node:crypto';
import { fail, type ConfigSection, type EditableConfig, type Fail } from '@openops/protocol';

type SectionsOnly = Omit<EditableConfig, 'revisions'>;

/**
 * A section's revision: a digest of the section as the configuration screen reads it. The
 * screen sends back the revision it edited (`If-Match`); a different one now means somebody
 * saved that section in between, and saving the screen's copy would silently undo their change.
 */
export const sectionRevision = (view: SectionsOnly, section: ConfigSection): string =>
  createHash('sha256').update(JSON.stringify(view[section])).digest('hex').slice(0, 16);

export const revisionsOf = (view: SectionsOnly): EditableConfig['revisions'] => ({
  centre: sectionRevision(view, 'centre'),
  services: sectionRevision(view, 'services'),
  fields: sectionRevision(view, 'fields'),
  counters: sectionRevision(view, 'counters'),
  officers: sectionRevision(view, 'officers'),
  displays: sectionRevision(view, 'displays'),
  devices: sectionRevision(view, 'devices'),
  priorityCategories: sectionRevision(view, 'priorityCategories'),
  queuePolicy: sectionRevision(view, 'queuePolicy'),
  calendar: sectionRevision(view, 'calendar'),
});

/** The revision an `If-Match` header names (quotes and a weak `W/` prefix dropped); null without one. */
export const expectedRevision = (header: string | undefined): string | null => {
  const value = header
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
  return value ? value : null;
};

/** Refused when the section changed since the screen read it at `expected`. */
export const staleEdit = (
  view: SectionsOnly,
  section: ConfigSection,
  expected: string | null,
): Fail | null => {
  if (expected === null || sectionRevision(view, section) === expected) return null;
  const message =
    'Phần cấu hình này vừa được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới rồi sửa lại (changed by someone else since you opened it: reload and edit again)';
  return fail('conflict', message, [{ path: section, message }]);
};
