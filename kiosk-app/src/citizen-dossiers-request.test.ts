import { describe, expect, it } from 'vitest';
import { classifyScan } from '@openops/protocol';
import { citizenDossiersBodyOf, type CitizenCard } from './citizen-dossiers-request';

const cardOf = (qr: string): CitizenCard => {
  const scan = classifyScan(qr);
  if (scan.kind !== 'citizen-id') throw new Error(scan.kind);
  return scan;
};

describe("what the kiosk sends for a card's dossiers", () => {
  it('is the whole ID and the old ID the card carries, never the name', () => {
    const card = cardOf('079199012345|123456789|NGUYEN VAN AN|01021990|Nam|1 Le Loi|15082021');
    expect(citizenDossiersBodyOf(card)).toEqual({
      idNumber: '079199012345',
      oldIdNumber: '123456789',
    });
    const noOldId = cardOf('079199012345||NGUYEN VAN AN|01021990|Nam|1 Le Loi|15082021');
    expect(citizenDossiersBodyOf(noOldId)).toEqual({ idNumber: '079199012345' });
  });

  it('is nothing for a card scan without its number', () => {
    const card = cardOf('079199012345||AN|01021990|Nam|1 Le Loi|');
    expect(citizenDossiersBodyOf({ ...card, idNumber: undefined })).toBeNull();
  });
});
