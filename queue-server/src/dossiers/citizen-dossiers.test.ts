import { afterEach, describe, expect, it } from 'vitest';
import {
  citizenDossiersBodySchema,
  citizenDossiersLimit,
  parseInput,
  type ReceiveDossierBody,
} from '@openops/protocol';
import { dossierTestCentres } from './dossier-test-centres';

// Thursday 26 November 2026, 09:30 in Hanoi.
let now = new Date('2026-11-26T02:30:00.000Z');
const clock = (): Date => now;
const centres = dossierTestCentres(clock);
afterEach(centres.closeAll);

const open = async () => {
  const { database, area } = await centres.open();
  return {
    dossiers: area.dossiers,
    database,
  };
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
  it('lists only dossiers received under the whole ID, never a namesake sharing its last 4 digits', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const { dossiers } = await open();
    const mine = codeOf(dossiers.receive(marriage('Nguyễn Văn An', '079199012345'), null));
    // Same last 4 digits, a name equal to it once tone marks are folded: another citizen.
    const namesake = codeOf(dossiers.receive(marriage('Nguyễn Văn Ân', '001088002345'), null));
    dossiers.receive(marriage('Nguyễn Văn An', '079199019999'), null); // same name, other ID
    dossiers.receive(marriage('Nguyễn Văn An'), null); // no ID given
    const reply = await dossiers.citizenDossiers({ idNumber: '079199012345' });
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
          supplementItems: [],
        },
      ],
    });
    // No personal data beyond the procedure goes back.
    expect(JSON.stringify(reply)).not.toMatch(/0912345678|Nguyễn|\*{4}|2345/);
    const theirs = await dossiers.citizenDossiers({ idNumber: '001088002345' });
    expect(theirs.ok && theirs.data.map((dossier) => dossier.code)).toEqual([namesake]);
    expect(await dossiers.citizenDossiers({ idNumber: '079199002345' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it("finds dossiers received under the card's old 9-digit ID too", async () => {
    now = new Date('2026-11-20T02:30:00.000Z');
    const { dossiers } = await open();
    const underOldId = codeOf(dossiers.receive(marriage('Phạm Thị Thu', '123456789'), null));
    now = new Date('2026-11-26T02:30:00.000Z');
    const underNewId = codeOf(dossiers.receive(marriage('Phạm Thị Thu', '079199014321'), null));
    dossiers.receive(marriage('Phạm Thị Thu', '987654321'), null); // another old ID
    const both = await dossiers.citizenDossiers({
      idNumber: '079199014321',
      oldIdNumber: '123456789',
    });
    expect(both.ok && both.data.map((dossier) => dossier.code)).toEqual([underNewId, underOldId]);
    // A card without the old ID finds only what was received under the new one.
    const newOnly = await dossiers.citizenDossiers({ idNumber: '079199014321' });
    expect(newOnly.ok && newOnly.data.map((dossier) => dossier.code)).toEqual([underNewId]);
  });

  it('keeps no full ID number: the database holds its last 4 digits and a digest', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const { dossiers, database } = await open();
    dossiers.receive(marriage('Nguyễn Văn An', '079199012345'), null);
    dossiers.receive(marriage('Phạm Thị Thu', '123456789'), null);
    const tables = database
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    const everything = tables
      .map(({ name }) => JSON.stringify(database.prepare(`SELECT * FROM "${name}"`).all()))
      .join('\n');
    expect(everything).toContain('********2345');
    expect(everything).not.toMatch(/079199012345|123456789/);
  });

  it('no longer lists a dossier whose counter kept only a masked number: its last 4 digits are not enough', async () => {
    // Received from a card scanned at the counter, which sent the number masked. Matching on the
    // last 4 digits listed other citizens' dossiers, so such a dossier is found by its code only.
    now = new Date('2026-11-26T02:30:00.000Z');
    const { dossiers } = await open();
    const scanned = marriage('Phạm Thị Thu');
    codeOf(
      dossiers.receive(
        { ...scanned, applicant: { ...scanned.applicant, idMasked: '********4321' } },
        null,
      ),
    );
    expect(await dossiers.citizenDossiers({ idNumber: '079199014321' })).toEqual({
      ok: true,
      data: [],
    });
  });

  it('gives what the code lookup gives for the next step: the documents to bring', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const { dossiers } = await open();
    const code = codeOf(dossiers.receive(marriage('Lê Văn Tám', '079199018888'), null));
    const items = ['Bản sao giấy khai sinh', 'Ảnh 4x6 (2 ảnh)'];
    expect(dossiers.requestSupplement({ code, items }, null).ok).toBe(true);
    const reply = await dossiers.citizenDossiers({ idNumber: '079199018888' });
    expect(reply.ok && reply.data).toEqual([
      expect.objectContaining({ code, status: 5, supplementItems: items }),
    ]);
  });

  it('says late past the return date, newest first, and lists at most the limit', async () => {
    now = new Date('2026-11-20T02:30:00.000Z');
    const { dossiers } = await open();
    const old = codeOf(dossiers.receive(marriage('Lê Thị Hoa', '079199015678'), null));
    now = new Date('2026-11-26T02:30:00.000Z');
    for (let index = 0; index < citizenDossiersLimit + 2; index += 1) {
      dossiers.receive(marriage('Lê Thị Hoa', '079199015678'), null);
    }
    const reply = await dossiers.citizenDossiers({ idNumber: '079199015678' });
    if (!reply.ok) throw new Error(reply.error.code);
    expect(reply.data).toHaveLength(citizenDossiersLimit);
    expect(reply.data[0]?.late).toBe(false);
    expect(reply.data.map((dossier) => dossier.code)).not.toContain(old);

    const all = (await open()).dossiers;
    now = new Date('2026-11-20T02:30:00.000Z');
    const due = codeOf(all.receive(marriage('Lê Thị Hoa', '079199015678'), null));
    now = new Date('2026-12-03T02:30:00.000Z');
    const late = await all.citizenDossiers({ idNumber: '079199015678' });
    expect(late.ok && late.data).toEqual([expect.objectContaining({ code: due, late: true })]);
    // Processed, its result waits for the citizen: the agency is no longer late with it.
    expect(all.markProcessed(due, null).ok).toBe(true);
    const ready = await all.citizenDossiers({ idNumber: '079199015678' });
    expect(ready.ok && ready.data).toEqual([
      expect.objectContaining({ code: due, status: 9, late: false }),
    ]);
  });

  it('refuses a name, last digits, and IDs of the wrong length with a coded error', () => {
    const cases: unknown[] = [
      { fullName: 'Nguyễn Văn An', idLast4: '2345' },
      { idNumber: '079199012345', fullName: 'Nguyễn Văn An' },
      { idNumber: '2345' },
      { idNumber: '079199012345', oldIdNumber: '12345' },
      { idNumber: '07919901234a' },
      null,
    ];
    for (const body of cases) {
      const parsed = parseInput(citizenDossiersBodySchema, body);
      expect(parsed.ok ? 'accepted' : parsed.error.code).toBe('bad-request');
    }
  });
});
