import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Procedure } from '@openops/protocol';
import {
  clearDraft,
  draftHasContent,
  initialChecklist,
  loadDraft,
  restoreChecklist,
  saveDraft,
  type DossierDraft,
} from './dossier-draft';

/** The one browser API the module touches: a tab's sessionStorage, kept in a map. */
const installSessionStorage = (): Map<string, string> => {
  const entries = new Map<string, string>();
  const storage = {
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, value),
    removeItem: (key: string) => void entries.delete(key),
  };
  Object.assign(globalThis, { window: { sessionStorage: storage } });
  return entries;
};

const procedure = {
  id: 'dang-ky-ket-hon',
  documents: [
    { id: 'to-khai', name: 'Tờ khai', form: 'original', quantity: 1, required: true },
    { id: 'ly-hon', name: 'Bản án ly hôn', form: 'certified-copy', quantity: 1, required: false },
  ],
} as unknown as Procedure;

const draft = (overrides: Partial<DossierDraft> = {}): DossierDraft => ({
  savedAt: Date.parse('2026-11-27T03:00:00Z'),
  requestId: 'req-1',
  procedureId: 'dang-ky-ket-hon',
  checklist: initialChecklist(procedure),
  name: 'Nguyễn Thị Hoà',
  idNumber: '',
  phone: '',
  address: '',
  notifyBySms: false,
  scannedId: null,
  ...overrides,
});

describe('dossier drafts', () => {
  let entries: Map<string, string>;
  beforeEach(() => {
    entries = installSessionStorage();
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('keeps a draft per counter, Vietnamese text and request id intact', () => {
    saveDraft('quay-1', draft());
    expect(loadDraft('quay-1', Date.parse('2026-11-27T04:00:00Z'))).toEqual(draft());
    expect(loadDraft('quay-2')).toBeNull();
    clearDraft('quay-1');
    expect(loadDraft('quay-1')).toBeNull();
  });

  it('keeps the pages typed for a per-page fee, and still reads a draft from before them', () => {
    const counted = draft({ feeCounts: { 'Phí chứng thực bản sao (mỗi trang)': '10' } });
    saveDraft('quay-3', counted);
    expect(loadDraft('quay-3', Date.parse('2026-11-27T04:00:00Z'))).toEqual(counted);
    saveDraft('quay-1', draft());
    expect(loadDraft('quay-1', Date.parse('2026-11-27T04:00:00Z'))?.feeCounts).toBeUndefined();
  });

  it('drops a draft from another working day and one that no longer parses', () => {
    saveDraft('quay-1', draft());
    expect(loadDraft('quay-1', Date.parse('2026-11-27T15:00:01Z'))).toBeNull();
    expect(entries.size).toBe(0);
    entries.set('openops.counter.dossier-draft.quay-1', '{"name": 1');
    expect(loadDraft('quay-1')).toBeNull();
    entries.set('openops.counter.dossier-draft.quay-1', JSON.stringify({ ...draft(), name: 7 }));
    expect(loadDraft('quay-1')).toBeNull();
  });

  it('counts a chosen procedure or any applicant field as content, blanks as none', () => {
    const empty = draft({ procedureId: null, name: '  ' });
    expect(draftHasContent(empty)).toBe(false);
    expect(draftHasContent({ ...empty, phone: '0901' })).toBe(true);
    expect(draftHasContent({ ...empty, procedureId: 'x' })).toBe(true);
  });

  it('lays saved ticks over the current checklist, dropping removed documents', () => {
    const saved = {
      'to-khai': { received: false, form: 'copy' as const, quantity: 2 },
      'da-bo': { received: true, form: 'original' as const, quantity: 1 },
    };
    expect(restoreChecklist(procedure, saved)).toEqual({
      'to-khai': { received: false, form: 'copy', quantity: 2 },
      'ly-hon': { received: false, form: 'certified-copy', quantity: 1 },
    });
  });
});
