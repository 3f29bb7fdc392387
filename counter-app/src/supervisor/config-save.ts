import {
  editableConfigSchema,
  type ConfigSection,
  type EditableConfig,
  type ErrorBody,
  type Reply,
} from '@openops/protocol';
import { describeServerIssue } from './config-issues';
import { sectionNames } from './config-names';

/** What became of a section's save, as the configuration screen reacts to it. */
export type SaveResult =
  /** Accepted: the answer is the whole configuration with fresh revisions, the new state. */
  | { kind: 'saved'; config: EditableConfig }
  /** Accepted, but the answer could not be read: the configuration must be read again. */
  | { kind: 'saved-unread' }
  /** Somebody else saved the section since it was read: nothing was written. */
  | { kind: 'stale' }
  | { kind: 'refused'; text: string; issues: string[] };

/**
 * Whether a refusal is the server's "saved by somebody else since you read it" (`If-Match`
 * named an old revision), told from the other 409s (a counter or service in use, an officer
 * holding a counter) by its one issue whose path is the section itself, not a row or an id.
 */
export const isStaleRevision = (section: ConfigSection, error: ErrorBody): boolean =>
  error.code === 'conflict' && error.issues?.length === 1 && error.issues[0]?.path === section;

/** The answer to `PUT /config/:section` read for the screen: see `SaveResult`. */
export const saveResult = (section: ConfigSection, reply: Reply<unknown>): SaveResult => {
  if (reply.ok) {
    const parsed = editableConfigSchema.safeParse(reply.data);
    return parsed.success ? { kind: 'saved', config: parsed.data } : { kind: 'saved-unread' };
  }
  if (isStaleRevision(section, reply.error)) return { kind: 'stale' };
  const issues = (reply.error.issues ?? []).map((issue) => describeServerIssue(section, issue));
  return {
    kind: 'refused',
    // The server's summary of a bad section ("Dữ liệu không hợp lệ") says less than the list.
    text:
      reply.error.code === 'bad-request' && issues.length > 0
        ? `Chưa lưu ${sectionNames[section].toLocaleLowerCase('vi')}: sửa các chỗ sau`
        : reply.error.message,
    issues,
  };
};
