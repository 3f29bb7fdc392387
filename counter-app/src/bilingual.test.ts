import { describe, expect, it } from 'vitest';
import { fromServer, inEachLanguage } from './bilingual';
import { linkFailures } from './link-failure-text';

describe('fromServer', () => {
  it('keeps the Vietnamese as sent and reads the English from its gloss', () => {
    expect(
      fromServer(
        'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server) [tinh: timeout]',
      ),
    ).toEqual({
      vi: 'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server) [tinh: timeout]',
      en: 'Lost connection to the OpenOPS server [tinh: timeout]',
    });
  });

  it("words this screen's own link failures in each language", () => {
    expect(fromServer(linkFailures.unreachable.vi)).toEqual(linkFailures.unreachable);
    // A procedure's save that never left (procedure-api.ts): one English for it everywhere.
    expect(fromServer(linkFailures.notDelivered.vi)).toEqual(linkFailures.notDelivered);
  });

  it('shows a sentence with no English as sent, in both', () => {
    expect(fromServer('Lỗi lạ')).toEqual({ vi: 'Lỗi lạ', en: 'Lỗi lạ' });
  });
});

describe('inEachLanguage', () => {
  it('asks for each language once', () => {
    expect(inEachLanguage((language) => language.toUpperCase())).toEqual({ vi: 'VI', en: 'EN' });
  });
});
