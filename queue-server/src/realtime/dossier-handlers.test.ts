import { describe, expect, it } from 'vitest';
import type { CentreConfigStore } from '../config/centre-config-store';
import { demoCentre } from '../config/demo-centre';
import { dossierOfficerOf } from './dossier-handlers';

const renamed = {
  ...demoCentre,
  officers: (demoCentre.officers ?? []).map((officer) =>
    officer.id === 'can-bo-1' ? { ...officer, name: 'Nguyễn Văn An (đổi tên)' } : officer,
  ),
};
const config: CentreConfigStore = {
  filePath: 'centre.json',
  current: () => renamed,
  update: () => Promise.resolve({ ok: true, config: renamed }),
};

describe('who acts on dossiers over the counter socket', () => {
  it('is the signed-in officer, named as the account is now', () => {
    expect(
      dossierOfficerOf(
        { kind: 'officer', officerId: 'can-bo-1', name: 'Nguyễn Văn An', roles: ['counter'] },
        config,
      ),
    ).toEqual({ ok: true, data: { actor: 'can-bo-1', name: 'Nguyễn Văn An (đổi tên)' } });
  });

  it('is never a paired counter PC, which holds the counter role but is no officer', () => {
    expect(
      dossierOfficerOf({ kind: 'device', deviceId: 'counter-pc-1', roles: ['counter'] }, config),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is nobody on record for an open demo’s client, who names the officer in the body', () => {
    expect(
      dossierOfficerOf({ kind: 'demo', deviceId: 'counter-pc-1', roles: ['counter'] }, config),
    ).toEqual({ ok: true, data: { actor: null, name: null } });
  });
});
