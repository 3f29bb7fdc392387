import { describe, expect, it } from 'vitest';
import { centreConfigSchema, type CentreConfig } from './centre-config-schema';
import { demoCentre } from './demo-centre';

const issuesOf = (config: CentreConfig): Array<{ path: string; message: string }> => {
  const result = centreConfigSchema.safeParse(config);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('centre configuration', () => {
  it('accepts the demo centre', () => {
    expect(issuesOf(demoCentre)).toEqual([]);
  });

  it('refuses two counters with one number: the call is announced by number', () => {
    const [first, second, ...rest] = demoCentre.counters;
    if (!first || !second) throw new Error('the demo centre has two counters');
    const config = {
      ...demoCentre,
      counters: [first, { ...second, number: first.number }, ...rest],
    };
    expect(issuesOf(config)).toEqual([
      { path: 'counters.1.number', message: `số quầy trùng: ${first.number}` },
    ]);
  });

  it('refuses a repeated service prefix and a repeated counter id', () => {
    const [service, other, ...services] = demoCentre.services;
    const [counter, ...counters] = demoCentre.counters;
    if (!service || !other || !counter) throw new Error('the demo centre has services');
    const config = {
      ...demoCentre,
      services: [service, { ...other, prefix: service.prefix }, ...services],
      counters: [counter, ...counters, { ...counter, number: 99 }],
    };
    expect(issuesOf(config).map((issue) => issue.path)).toEqual([
      'services.1.prefix',
      `counters.${counters.length + 1}.id`,
    ]);
  });

  it('refuses a procedure with two fees of one name, naming the fee, as the editor does', () => {
    // A flat fee first and a per-page fee of its name: reception would charge the flat one and
    // refuse every count, so the procedure could never be received. Start-up stops instead.
    const index = demoCentre.procedures.findIndex((procedure) => procedure.fees.length > 0);
    const procedure = demoCentre.procedures[index];
    const fee = procedure?.fees[0];
    if (!procedure || !fee) throw new Error('the demo centre charges a fee');
    const clash = { name: fee.name, amountVnd: 2000, per: 'page' } as const;
    const procedures = demoCentre.procedures.map((each, at) =>
      at === index ? { ...each, fees: [{ name: fee.name, amountVnd: 5000 }, clash] } : each,
    );
    expect(issuesOf({ ...demoCentre, procedures })).toEqual([
      {
        path: `procedures.${index}.fees.1.name`,
        message: `trùng với một lệ phí khác (${fee.name})`,
      },
    ]);
  });

  it('refuses a procedure listing one document id twice, naming the path and the id', () => {
    // Received documents are recorded by id: start-up stops rather than serve a checklist whose
    // two entries a counter could not tell apart.
    const index = demoCentre.procedures.findIndex((procedure) => procedure.documents.length > 0);
    const procedure = demoCentre.procedures[index];
    const document = procedure?.documents[0];
    if (!procedure || !document) throw new Error('the demo centre lists documents');
    const documents = [...procedure.documents, { ...document, name: `${document.name} (2)` }];
    const procedures = demoCentre.procedures.map((each, at) =>
      at === index ? { ...each, documents } : each,
    );
    expect(issuesOf({ ...demoCentre, procedures })).toEqual([
      {
        path: `procedures.${index}.documents.${documents.length - 1}.id`,
        message: `trùng với một giấy tờ khác (${document.id})`,
      },
    ]);
  });
});
