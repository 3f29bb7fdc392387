import { afterEach, describe, expect, it } from 'vitest';
import { createDossierRepository } from './dossier-repository';
import { dossierTestCentres } from './dossier-test-centres';

const clock = (): Date => new Date('2026-11-26T02:30:00.000Z');
const centres = dossierTestCentres(clock);
afterEach(centres.closeAll);

describe('open dossiers for the status pull', () => {
  it('leaves out final statuses and walks the rest in code order from a cursor', async () => {
    const { database, area } = await centres.open();
    const codes = Array.from({ length: 6 }, (_unused, index) => {
      const reply = area.dossiers.receive(
        {
          procedureId: 'dang-ky-ket-hon',
          applicant: { name: `Nguyễn Văn ${index}` },
          documents: [{ documentId: 'to-khai', form: 'original', quantity: 1 }],
          counterId: 'quay-1',
          officerName: 'Trần Văn Bình',
          notifyBySms: false,
        },
        null,
      );
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data.code;
    });
    const [notReceived, stopped, returned, processing, ...received] = codes;
    const setStatus = database.prepare('UPDATE dossiers SET status = ? WHERE code = ?');
    setStatus.run(3, notReceived);
    setStatus.run(8, stopped);
    setStatus.run(10, returned);
    setStatus.run(4, processing);

    const repository = createDossierRepository(database);
    expect(repository.openCodes(10, null)).toEqual([processing, ...received]);
    expect(repository.openCodes(2, null)).toEqual([processing, received[0]]);
    expect(repository.openCodes(2, received[0] ?? null)).toEqual([received[1]]);
    const plan = database
      .prepare<[], { detail: string }>(
        `EXPLAIN QUERY PLAN SELECT code FROM dossiers WHERE status NOT IN (3, 8, 10) AND code > ''
         ORDER BY code LIMIT 50`,
      )
      .all()
      .map((row) => row.detail);
    expect(plan).toContainEqual(expect.stringContaining('dossiers_open'));
  });
});
