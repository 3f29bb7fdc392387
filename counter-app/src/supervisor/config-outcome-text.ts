import type { Language } from '@openops/client';
import { assertNever, type ConfigSection, type ErrorBody } from '@openops/protocol';
import { serverRefusalText } from '../server-message-text';
import { checkRows, unreadableCellsText, type UnreadableCell } from './config-issues';
import { sectionNames } from './config-names';
import { refusalWords } from './config-save';
import type { ListSection } from './section-fields';

/** Where on the configuration screen a save was made, so its outcome is said beside it. */
export type OutcomePlace = 'holidays' | 'notices' | 'sections';

/**
 * What became of the last save or reload, as facts: it is worded when shown (`outcomeWords`),
 * so switching the language rewords an outcome already on screen.
 */
export type Outcome = { place: OutcomePlace } & (
  | { kind: 'saved'; section: ConfigSection }
  | { kind: 'reloaded' }
  | { kind: 'not-reloaded' }
  /** Somebody else saved the section meanwhile: the screen offers to read it again. */
  | { kind: 'stale'; section: ConfigSection }
  | { kind: 'refused'; section: ConfigSection; error: ErrorBody }
  /** A table's rows that do not have the shape the server expects; nothing was sent. */
  | { kind: 'rows'; section: ListSection; entries: readonly unknown[] }
  /** A table's cells whose figures could not be read; nothing was sent. */
  | { kind: 'cells'; section: ListSection; cells: readonly UnreadableCell[] }
  /** A JSON section's text is no JSON: the parser's reason, nothing sent. */
  | { kind: 'not-json'; reason: string }
  | { kind: 'procedures-unread' }
);

/** An outcome as shown: saved or refused, what, each problem, and whether to offer a reload. */
export type OutcomeWords = { ok: boolean; text: string; issues: string[]; stale: boolean };

const refused = (text: string, issues: string[] = []): OutcomeWords => ({
  ok: false,
  text,
  issues,
  stale: false,
});

/** An outcome in `language`. */
export const outcomeWords = (outcome: Outcome, language: Language): OutcomeWords => {
  const vi = language === 'vi';
  switch (outcome.kind) {
    case 'saved': {
      const name = sectionNames[language][outcome.section];
      return {
        ok: true,
        text: vi ? `Đã lưu: ${name} (saved)` : `Saved: ${name}`,
        issues: [],
        stale: false,
      };
    }
    case 'reloaded':
      return {
        ok: true,
        text: vi
          ? 'Đã tải lại cấu hình mới nhất. Hãy sửa lại phần cần thay đổi rồi lưu.'
          : 'The latest configuration is loaded. Make your change again, then save.',
        issues: [],
        stale: false,
      };
    case 'not-reloaded':
      return {
        ...refused(
          vi
            ? 'Không tải lại được cấu hình; hãy thử lại.'
            : 'Could not reload the configuration; try again.',
        ),
        stale: true,
      };
    case 'stale': {
      const name = sectionNames[language][outcome.section];
      return {
        ...refused(
          vi
            ? `Chưa lưu: phần "${name}" vừa được người khác thay đổi sau khi bạn mở. Bấm "Tải lại" để xem bản mới nhất rồi sửa lại.`
            : `Not saved (revision conflict): someone else changed "${name}" after you opened it. Press "Reload" to see the latest version, then edit again.`,
        ),
        stale: true,
      };
    }
    case 'refused': {
      const { text, issues } = refusalWords(outcome.section, outcome.error, language);
      return refused(text, issues);
    }
    case 'rows':
      return refused(
        vi ? 'Chưa lưu: sửa các dòng sau' : 'Not saved: fix these rows',
        checkRows(outcome.section, outcome.entries, language),
      );
    case 'cells':
      return refused(
        vi ? 'Chưa lưu: sửa các dòng sau' : 'Not saved: fix these rows',
        unreadableCellsText(outcome.section, outcome.cells, language),
      );
    case 'not-json':
      return refused(
        vi ? 'Nội dung không phải JSON hợp lệ (not valid JSON)' : 'The content is not valid JSON',
        [outcome.reason],
      );
    case 'procedures-unread':
      return refused(vi ? 'Không tải được danh sách thủ tục' : 'Could not load the procedures');
    default:
      return assertNever(outcome);
  }
};

/** Why the configuration could not be read: the server's refusal, or an answer not understood. */
export type ConfigReadProblem = { kind: 'refused'; message: string } | { kind: 'unreadable' };

/** A configuration read's problem in `language`. */
export const configReadProblemText = (problem: ConfigReadProblem, language: Language): string => {
  const vi = language === 'vi';
  switch (problem.kind) {
    case 'refused':
      return vi
        ? `Không tải được cấu hình: ${problem.message}`
        : `Could not load the configuration: ${serverRefusalText(problem.message, language)}`;
    case 'unreadable':
      return vi
        ? 'Máy chủ trả về cấu hình không đọc được.'
        : 'The server sent a configuration that cannot be read.';
    default:
      return assertNever(problem);
  }
};
