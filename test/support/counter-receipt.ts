import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './repo-paths';
import { temporaryFolder } from './temporary-folder';

const run = promisify(execFile);

/**
 * Decodes what a printer received: the hardware package draws the ESC/POS bytes as the printed
 * PNG (in its own process, so this project needs none of its native modules), and `zbarimg`
 * reads every QR code and barcode on it. Returns the decoded texts and the PNG's path.
 */
export const decodeReceipt = async (
  bytes: Buffer,
  name: string,
): Promise<{ codes: string[]; pngPath: string }> => {
  const folder = temporaryFolder('receipt');
  const binPath = path.join(folder, `${name}.bin`);
  const pngPath = path.join(repoRoot, 'test', 'test-results', 'screens', `${name}.png`);
  writeFileSync(binPath, bytes);
  const script = `import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { renderPreview } from ${JSON.stringify(path.join(repoRoot, 'hardware/src/escpos/preview.ts'))};
mkdirSync(path.dirname(${JSON.stringify(pngPath)}), { recursive: true });
writeFileSync(${JSON.stringify(pngPath)}, renderPreview(readFileSync(${JSON.stringify(binPath)}), 80));`;
  await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
  });
  // zbarimg exits 4 when it finds nothing; that is an empty answer, not a crash.
  const { stdout } = await run('zbarimg', ['--raw', '-q', pngPath]).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return {
    codes: stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    pngPath,
  };
};
