import { afterEach, describe, expect, it } from 'vitest';
import { createDossierRepository } from '../dossiers/dossier-repository';
import { createCentralResultTaker } from './central-result';
import { dossierTestCentres } from '../dossiers/dossier-test-centres';

const clock = (): Date => new Date('2026-11-26T02:30:00.000Z');
const centres = dossierTestCentres(clock);
afterEach(centres.closeAll);

const centreWithDossier = async () => {
  const { database, area } = await centres.open();
  const received = area.dossiers.receive(
    {
      procedureId: 'dang-ky-ket-hon',
      applicant: { name: 'Nguyễn Văn An' },
      documents: [{ documentId: 'to-khai', form: 'original', quantity: 1 }],
      counterId: 'quay-1',
      officerName: 'Trần Văn Bình',
      notifyBySms: false,
    },
    null,
  );
  if (!received.ok) throw new Error(JSON.stringify(received));
  const repository = createDossierRepository(database);
  const take = createCentralResultTaker({ database, dossiers: repository, clock });
  /** The backend has every record so far (the sync delivered them). */
  const delivered = () => database.prepare(`UPDATE sync_outbox SET state = 'done'`).run();
  const pending = () =>
    database
      .prepare<[string], { payload: string }>(
        `SELECT payload FROM sync_outbox WHERE order_key = ? AND state != 'done' ORDER BY id`,
      )
      .all(received.data.code)
      .map((row) => JSON.parse(row.payload) as { TrangThaiHoSo?: number; ThuTu?: number });
  return { code: received.data.code, repository, take, delivered, pending };
};

describe('a result decided at the backend', () => {
  it('is taken into the centre copy and pushed back as the next record of its history', async () => {
    const { code, repository, take, delivered, pending } = await centreWithDossier();
    delivered();
    const dossier = repository.byCode(code);
    if (!dossier) throw new Error('no dossier');
    expect(take(dossier)).toBe(true);
    expect(repository.byCode(code)?.status).toBe(9);
    expect(pending()).toMatchObject([{ TrangThaiHoSo: 9, ThuTu: 2 }]);
    // Taken once: a later pull of the same 9 changes nothing.
    const after = repository.byCode(code);
    if (!after) throw new Error('no dossier');
    expect(take(after)).toBe(false);
    expect(pending()).toHaveLength(1);
  });

  it('is left to the officer while a change of the centre is still unsent', async () => {
    const { code, repository, take, pending } = await centreWithDossier();
    // The receipt itself has not reached the backend yet.
    expect(pending()).toHaveLength(1);
    const dossier = repository.byCode(code);
    if (!dossier) throw new Error('no dossier');
    expect(take(dossier)).toBe(false);
    expect(repository.byCode(code)?.status).toBe(2);
  });
});
