import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import { openCentreConfig } from './centre-config-store';
import type { CentreConfig } from './centre-config-schema';

const folders: string[] = [];
afterEach(() => {
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const openStore = async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-centre-config-'));
  folders.push(folder);
  const file = path.join(folder, 'centre.json');
  return { folder, file, config: await openCentreConfig(file, { demo: true }) };
};

const renamed =
  (name: string) =>
  (draft: CentreConfig): CentreConfig => ({ ...draft, centre: { ...draft.centre, name } });

describe('a configuration update with a check', () => {
  it('is refused by the check, leaving the file and the current configuration as they were', async () => {
    const { file, config } = await openStore();
    const before = readFileSync(file, 'utf8');
    const refusal = fail('conflict', 'Quầy đang làm việc (in use)');
    const result = await config.update(renamed('Trung tâm mới'), () => refusal);
    expect(result).toEqual({ ok: false, refused: refusal });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(config.current().centre.name).not.toBe('Trung tâm mới');
  });

  it('checks against the configuration of its own turn, and the change is current before the write ends', async () => {
    const { config } = await openStore();
    const seen: string[] = [];
    const first = config.update(renamed('Thứ nhất'));
    const second = config.update(renamed('Thứ hai'), (current, next) => {
      seen.push(current.centre.name, next.centre.name);
      return null;
    });
    // Queued behind the first: the check has not run yet.
    expect(seen).toEqual([]);
    await first;
    const written = second.then(() => 'written');
    // Nothing can run between the check and the change becoming current.
    await expect.poll(() => seen.length).toBe(2);
    expect(config.current().centre.name).toBe('Thứ hai');
    expect(seen).toEqual(['Thứ nhất', 'Thứ hai']);
    await expect(written).resolves.toBe('written');
  });

  it('puts the previous configuration back when the file cannot be written', async () => {
    const { file, config } = await openStore();
    const name = config.current().centre.name;
    // lowdb writes a temporary file beside the real one, then renames it over: onto a folder
    // the rename fails, as a full or read-only disk would fail it (permissions do not stop root).
    rmSync(file);
    mkdirSync(file);
    await expect(config.update(renamed('Không ghi được'))).rejects.toThrow();
    expect(config.current().centre.name).toBe(name);
  });
});
