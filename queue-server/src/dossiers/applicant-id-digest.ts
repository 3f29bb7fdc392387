import { scrypt, scryptSync, type ScryptOptions } from 'node:crypto';

/**
 * What a dossier keeps of its applicant's full ID number, to be found again by the citizen's
 * card at the kiosk: equal numbers give equal digests, and nothing else does in practice.
 *
 * The full number itself is never stored (DESIGN.md: keep only what a flow needs), and a plain
 * hash would not hide it: ID numbers follow a known layout (province, century and sex, birth
 * year), so every likely number can be hashed and compared. scrypt makes each try cost about
 * 30 ms and 16 MB here, which puts reading the numbers back out of the database or a backup out
 * of reach. The salt is fixed (digests must be comparable across dossiers and restarts); it
 * only keeps these digests apart from any other use of scrypt over the same digits.
 */
const salt = 'openops-centre/applicant-id/v1';
const cost: ScryptOptions = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const digestBytes = 32;

/** The digest of a 9- or 12-digit ID, for the dossier being received (blocks ~30 ms). */
export const applicantIdDigestNow = (idNumber: string): string =>
  scryptSync(idNumber, salt, digestBytes, cost).toString('base64');

/** The same digest off the main thread, for a kiosk's look-up while the queue keeps moving. */
export const applicantIdDigest = (idNumber: string): Promise<string> =>
  new Promise((resolve, reject) => {
    scrypt(idNumber, salt, digestBytes, cost, (error, key) => {
      if (error) reject(error);
      else resolve(key.toString('base64'));
    });
  });
