import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  citizenDossiersBodySchema,
  citizenDossiersLimit,
  parseInput,
  type ReceiveDossierBody,
} from '@openops/protocol';
import { openCentreConfig } from '../config/centre-config-store';
import { openDatabase, type SqliteDatabase } from '../store/database';
import { createDossierArea } from './dossier-area';

const folders: string[] = [];
const databases: SqliteDatabase[] = [];
afterEach(() => {
  databases.splice(0).forEach((database) => database.open && database.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

// Thursday 26 November 2026, 09:30 in Hanoi.
let now = new Date('2026-11-26T02:30:00.000Z');
const clock = (): Date => now;

const open = async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'openops-citizen-dossiers-'));
  folders.push(dataDir);
  const config = await openCentreConfig(path.join(dataDir, 'centre.json'), { demo: true });
  const database = openDatabase(path.join(dataDir, 'queue.sqlite'));
  databases.push(database);
  return createDossierArea({ database, config, clock }).dossiers;
};

const marriage = (name: string, idNumber?: string): ReceiveDossierBody => ({
  procedureId: 'dang-ky-ket-hon',
  applicant: { name, ...(idNumber ? { idNumber } : {}), phone: '0912345678' },
  documents: [
    { documentId: 'to-khai', form: 'original', quantity: 1 },
    { documentId: 'xac-nhan-hon-nhan', form: 'original', quantity: 1 },
  ],
  counterId: 'quay-1',
  officerName: 'Trần Văn Bình',
  notifyBySms: false,
});

const codeOf = (reply: { ok: boolean; data?: { code: string } }): string => {
  if (!reply.ok || !reply.data) throw new Error(JSON.stringify(reply));
  return reply.data.code;
};

describe("a citizen's dossiers at the kiosk", () => {
  it('matches the name without case or tone marks and the last 4 ID digits, nothing else', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const dossiers = await open();
    const mine = codeOf(dossiers.receive(marriage('Nguyễn Văn An', '079199012345'), null));
    dossiers.receive(marriage('Nguyễn Văn An', '079199019999'), null); // same name, other ID
    dossiers.receive(marriage('Trần Thị Bé', '001088002345'), null); // same last 4, other name
    dossiers.receive(marriage('Nguyễn Văn An'), null); // no ID given
    const reply = dossiers.citizenDossiers({ fullName: 'NGUYEN  VAN AN', idLast4: '2345' });
    expect(reply).toEqual({
      ok: true,
      data: [
        {
          code: mine,
          procedureName: expect.stringContaining('kết hôn') as unknown,
          procedureNameEn: 'Marriage registration',
          status: 2,
          statusName: 'Đã tiếp nhận',
          statusNameEn: 'Received',
          receivedAt: '2026-11-26T02:30:00.000Z',
          returnDate: '2026-12-01',
          late: false,
        },
      ],
    });
    // No personal data beyond the procedure goes back.
    expect(JSON.stringify(reply)).not.toMatch(/0912345678|Nguyễn|\*{4}/);
    expect(dossiers.citizenDossiers({ fullName: 'Nguyễn Văn Anh', idLast4: '2345' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('finds a dossier received from a scanned card, whose number the counter had masked', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const dossiers = await open();
    const scanned = marriage('Phạm Thị Thu');
    const code = codeOf(
      dossiers.receive(
        { ...scanned, applicant: { ...scanned.applicant, idMasked: '********4321' } },
        null,
      ),
    );
    const reply = dossiers.citizenDossiers({ fullName: 'Pham Thi Thu', idLast4: '4321' });
    expect(reply.ok && reply.data.map((dossier) => dossier.code)).toEqual([code]);
  });

  it('says late past the return date, newest first, and lists at most the limit', async () => {
    now = new Date('2026-11-20T02:30:00.000Z');
    const dossiers = await open();
    const old = codeOf(dossiers.receive(marriage('Lê Thị Hoa', '079199015678'), null));
    now = new Date('2026-11-26T02:30:00.000Z');
    for (let index = 0; index < citizenDossiersLimit + 2; index += 1) {
      dossiers.receive(marriage('Lê Thị Hoa', '079199015678'), null);
    }
    const reply = dossiers.citizenDossiers({ fullName: 'le thi hoa', idLast4: '5678' });
    if (!reply.ok) throw new Error(reply.error.code);
    expect(reply.data).toHaveLength(citizenDossiersLimit);
    expect(reply.data[0]?.late).toBe(false);
    expect(reply.data.map((dossier) => dossier.code)).not.toContain(old);

    const all = await open();
    now = new Date('2026-11-20T02:30:00.000Z');
    const due = codeOf(all.receive(marriage('Lê Thị Hoa', '079199015678'), null));
    now = new Date('2026-12-03T02:30:00.000Z');
    const late = all.citizenDossiers({ fullName: 'Lê Thị Hoa', idLast4: '5678' });
    expect(late.ok && late.data).toEqual([expect.objectContaining({ code: due, late: true })]);
    // Processed, its result waits for the citizen: the agency is no longer late with it.
    expect(all.markProcessed(due, null).ok).toBe(true);
    const ready = all.citizenDossiers({ fullName: 'Lê Thị Hoa', idLast4: '5678' });
    expect(ready.ok && ready.data).toEqual([
      expect.objectContaining({ code: due, status: 9, late: false }),
    ]);
  });

  it('refuses a full ID number, a bad last 4 and a blank name with a coded error', () => {
    const cases: unknown[] = [
      { fullName: 'Nguyễn Văn An', idLast4: '079199012345' },
      { fullName: 'Nguyễn Văn An', idLast4: '2345', idNumber: '079199012345' },
      { fullName: 'Nguyễn Văn An', idLast4: '23a5' },
      { fullName: '   ', idLast4: '2345' },
      null,
    ];
    for (const body of cases) {
      const parsed = parseInput(citizenDossiersBodySchema, body);
      expect(parsed.ok ? 'accepted' : parsed.error.code).toBe('bad-request');
    }
  });
});
