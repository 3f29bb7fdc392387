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
});
