import { afterEach, describe, expect, it } from 'vitest';
import { readReportRecords } from './report-rows';
import { dossierTestCentres } from '../dossiers/dossier-test-centres';

// 09:30 on Thursday 26 November 2026 in Hanoi.
const clock = (): Date => new Date('2026-11-26T02:30:00.000Z');
const centres = dossierTestCentres(clock);
afterEach(centres.closeAll);
const day = { from: '2026-11-26', to: '2026-11-26' };

/**
 * The per-officer report counts the dossiers an officer received by the account that received
 * them: renaming the officer, or another officer of the same name, changes nothing.
 */
describe('dossiers in the per-officer report', () => {
  it('are counted by the receiving account; those received before it was kept, by name', async () => {
    const { database, area } = await centres.open();
    const { dossiers } = area;
    const receive = (officerName: string, officerId: string) => {
      const reply = dossiers.receive(
        {
          procedureId: 'dang-ky-ket-hon',
          applicant: { name: 'Nguyễn Thị Thu Hà' },
          documents: [{ documentId: 'to-khai', form: 'original', quantity: 1 }],
          counterId: 'quay-1',
          officerName,
          notifyBySms: false,
        },
        officerId,
      );
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data.code;
    };
    receive('Nguyễn Văn An', 'can-bo-1');
    receive('Nguyễn Văn An', 'can-bo-1');
    // Another officer of the same name.
    receive('Nguyễn Văn An', 'can-bo-5');
    // Received before accounts were kept with dossiers: its name is all there is.
    const older = receive('Nguyễn Văn An (cũ)', 'can-bo-1');
    database.prepare('UPDATE dossiers SET officer_id = NULL WHERE code = ?').run(older);

    // can-bo-1 has since been renamed.
    const counted = (officerId: string, officerName: string) =>
      readReportRecords(database, { ...day, officerId }, officerName).dossiers.length;
    expect(counted('can-bo-1', 'Nguyễn Văn An (Tổ một cửa)')).toBe(2);
    expect(counted('can-bo-1', 'Nguyễn Văn An (cũ)')).toBe(3);
    expect(counted('can-bo-5', 'Nguyễn Văn An')).toBe(1);
  });
});
