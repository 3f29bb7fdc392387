import type { Language } from '@openops/client';
import {
  editableConfigSchema,
  type ConfigSection,
  type EditableConfig,
  type ErrorBody,
  type Reply,
} from '@openops/protocol';
import { serverRefusalText } from '../server-message-text';
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
  /** Refused for another reason, worded by `refusalWords`. */
  | { kind: 'refused'; error: ErrorBody };

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
  return isStaleRevision(section, reply.error)
    ? { kind: 'stale' }
    : { kind: 'refused', error: reply.error };
};

/**
 * A refused section's save in `language`: what was refused, and each issue named as the screen
 * shows it (see `describeServerIssue`).
 */
export const refusalWords = (
  section: ConfigSection,
  error: ErrorBody,
  language: Language,
): { text: string; issues: string[] } => {
  const issues = (error.issues ?? []).map((issue) => describeServerIssue(section, issue, language));
  const name = sectionNames[language][section];
  return {
    // The server's summary of a bad section ("Dữ liệu không hợp lệ") says less than the list.
    text:
      error.code === 'bad-request' && issues.length > 0
        ? language === 'vi'
          ? `Chưa lưu ${name.toLocaleLowerCase('vi')}: sửa các chỗ sau`
          : `${name} not saved: fix the following`
        : serverRefusalText(error.message, language),
    issues,
  };
};
