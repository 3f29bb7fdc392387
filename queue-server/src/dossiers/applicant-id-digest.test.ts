import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applicantIdDigestWith,
  applicantIdKeyFile,
  loadApplicantIdKey,
} from './applicant-id-digest';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);
const dataDir = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-id-key-'));
  folders.push(folder);
  return folder;
};

describe("the applicant ID's digest", () => {
  it('is made with a key of this centre, kept in its own file readable by the server alone', () => {
    const folder = dataDir();
    const key = loadApplicantIdKey(folder);
    expect(key).toHaveLength(32);
    const file = path.join(folder, applicantIdKeyFile);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // Read back on the next start: the dossiers received before are still found.
    expect(loadApplicantIdKey(folder).equals(key)).toBe(true);
  });

  it('matches the same number under the same key only: a copy of the store alone tells nothing', () => {
    const ours = applicantIdDigestWith(loadApplicantIdKey(dataDir()));
    const another = applicantIdDigestWith(loadApplicantIdKey(dataDir()));
    expect(ours('079190001234')).toBe(ours('079190001234'));
    expect(ours('079190001234')).not.toBe(ours('079190001235'));
    // Without this centre's key, trying every likely number finds no match.
    expect(another('079190001234')).not.toBe(ours('079190001234'));
  });
});
