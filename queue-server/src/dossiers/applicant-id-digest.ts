import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What a dossier keeps of its applicant's full ID number, to be found again by the citizen's
 * card at the kiosk: equal numbers give equal digests, and nothing else does in practice.
 *
 * The full number itself is never stored (DESIGN.md: keep only what a flow needs), and no
 * digest anyone could compute would hide it: ID numbers follow a known layout (province,
 * century and sex, birth year) and each dossier also keeps the last 4 digits, which leaves a
 * few million candidates to try. So the digest is an HMAC under a secret key of this centre,
 * kept in its own file beside the store and never in it nor in the daily backups: a copy of
 * `queue.sqlite` or of a backup gives the digests, not the numbers.
 */
export type ApplicantIdDigest = (idNumber: string) => string;

export const applicantIdDigestWith =
  (key: Buffer): ApplicantIdDigest =>
  (idNumber) =>
    createHmac('sha256', key).update(idNumber).digest('base64');

/** The key file's name in the data folder. */
export const applicantIdKeyFile = 'applicant-id.key';

/**
 * The centre's key, read from `<dataDir>/applicant-id.key`, or made (32 random bytes, readable
 * by the server's user only) on the first start. Lost, the dossiers received before are still
 * found by their code, not by the card.
 */
export const loadApplicantIdKey = (dataDir: string): Buffer => {
  const file = path.join(dataDir, applicantIdKeyFile);
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  // `wx`: two servers started on one folder at once must not each write their own key.
  try {
    writeFileSync(file, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  }
};
