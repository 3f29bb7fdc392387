import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PaperWidth } from '../escpos/paper';
import { renderPreview } from '../escpos/preview';
import { PrintError, type PrinterDriver } from './printer-driver';

/** `2026-11-27T03-41-05-123Z`: sorts by time and is a valid file name everywhere. */
const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');

/**
 * A printer that writes each job into a folder: the ESC/POS bytes as sent (`.bin`) and a PNG
 * of the printed slip (`.png`), for a demo or training centre without a printer, or to keep
 * what a kiosk would print. Its status is real: ready while the folder can be written.
 */
export const createFilePrinter = (
  uri: string,
  folder: string,
  paper: PaperWidth,
  clock: () => Date = () => new Date(),
): PrinterDriver => {
  let sequence = 0;
  const writable = async (): Promise<void> => {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  };
  return {
    uri,
    paper,
    twoWay: true,
    status: async () => {
      try {
        await writable();
        return { state: 'ready', faults: [] };
      } catch {
        return { state: 'disconnected', faults: ['offline'] };
      }
    },
    print: async (bytes) => {
      sequence += 1;
      const name = `${stamp(clock())}-${String(sequence).padStart(4, '0')}`;
      try {
        await writable();
        await writeFile(path.join(folder, `${name}.bin`), bytes);
        await writeFile(path.join(folder, `${name}.png`), renderPreview(bytes, paper));
      } catch (error) {
        throw new PrintError('printer-offline', (error as Error).message, ['offline']);
      }
    },
    garbageCount: () => 0,
    close: async () => {},
  };
};
