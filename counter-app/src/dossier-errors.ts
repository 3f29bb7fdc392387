import type { Language } from '@openops/client';
import { assertNever } from '@openops/protocol';
import { dossierIssueText } from './dossier-issues';
import type { IssueFacts } from './issue-text';
import type { FieldErrors } from './field-errors';
import { linkFailureText } from './link-failure-text';
import { serverRefusalText } from './server-message-text';

/**
 * A reception form error as kept until the officer fixes the field: what is wrong, not a
 * sentence. It is worded when shown, in the language on screen then, so switching the language
 * after a refused submit rewords every error; one worded at submit would stay in that moment's
 * language.
 */
export type DossierError =
  /** The body's schema refused the field: worded by `dossierIssueText`. */
  | { kind: 'issue'; issue: IssueFacts }
  /** The form's own check, written in both languages. */
  | { kind: 'words'; vi: string; en: string }
  /**
   * The server's refusal, in the words it sent (Vietnamese, with English in brackets), or the
   * screen's own when the server was out of reach (worded in the officer's language).
   */
  | { kind: 'server'; message: string };

/** Field key → its error, as the form keeps them. */
export type DossierErrors = Readonly<Record<string, DossierError>>;

export const inBoth = (vi: string, en: string): DossierError => ({ kind: 'words', vi, en });

/** The error as the officer reads it, in `language`. */
export const dossierErrorText = (error: DossierError, language: Language): string => {
  switch (error.kind) {
    case 'issue':
      return dossierIssueText(error.issue, language);
    case 'words':
      return language === 'en' ? error.en : error.vi;
    case 'server':
      return serverRefusalText(linkFailureText(error.message, language), language);
    default:
      return assertNever(error);
  }
};

/** Every error worded in `language`, keyed as the fields look them up. */
export const errorTexts = (errors: DossierErrors, language: Language): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([key, error]) => [key, dossierErrorText(error, language)]),
  );

/**
 * A check that words its findings in one language at a time (`feeCountIssues`), run for both
 * and kept as words, so its errors too follow the language on screen.
 */
export const wordedInBoth = (
  check: (language: Language) => Readonly<Record<string, string>>,
): Record<string, DossierError> => {
  const vi = check('vi');
  const en = check('en');
  return Object.fromEntries(
    Object.entries(vi).map(([key, text]) => [key, inBoth(text, en[key] ?? text)]),
  );
};
