import { mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import {
  parseShellConfig,
  serialiseShellConfig,
  type ConfigReadResult,
  type ShellConfig,
} from './shell-config';

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

/** Reads the configuration file; a missing file means first run, anything else is reported. */
export const readShellConfig = async (file: string): Promise<ConfigReadResult> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    return {
      kind: 'broken',
      problems: [
        { path: '(file)', message: `không đọc được (cannot read): ${(error as Error).message}` },
      ],
    };
  }
  return parseShellConfig(text);
};

/**
 * Writes the configuration so a power cut leaves either the old or the new file, never a
 * torn one: write a temporary file, flush it, rename it over the old one, flush the folder.
 * Mode 0600 because the file holds the device's token.
 */
export const writeShellConfig = async (file: string, config: ShellConfig): Promise<void> => {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(serialiseShellConfig(config), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  // Flushing a folder is not possible on Windows; the rename is still atomic there.
  if (process.platform !== 'win32') {
    const folderHandle = await open(folder, 'r');
    try {
      await folderHandle.sync();
    } finally {
      await folderHandle.close();
    }
  }
};
