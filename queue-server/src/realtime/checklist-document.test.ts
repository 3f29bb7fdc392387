import { describe, expect, it } from 'vitest';
import { printDocumentSchema } from '@openops/protocol';
import { demoCentre } from '../config/demo-centre';
import { checklistDocument } from './checklist-document';

describe('checklistDocument', () => {
  it('turns a configured procedure into a valid checklist print document, forms in words', () => {
    const procedure = demoCentre.procedures.find((p) => p.id === 'dang-ky-khai-sinh');
    if (!procedure) throw new Error('demo procedure missing');
    const document = checklistDocument(procedure, demoCentre.centre, '2026-11-26T02:05:00.000Z');
    expect(printDocumentSchema.parse(document)).toEqual(document);
    expect(document).toMatchObject({
      kind: 'checklist',
      procedureCode: '1.001193',
      centreName: demoCentre.centre.name,
      timeZone: demoCentre.centre.timeZone,
    });
    expect(document.documents.map((d) => [d.form, d.required])).toEqual([
      ['Bản chính', true],
      ['Bản chính', true],
      ['Bản chính hoặc bản sao', false],
    ]);
  });
});
