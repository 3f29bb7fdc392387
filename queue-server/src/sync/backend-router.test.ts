import { describe, expect, it } from 'vitest';
import { outboxKinds, syncConfigSchema } from '@openops/protocol';
import { backendForField, routeKeyOf, routeOf, type Route } from './backend-router';

const key = 'k'.repeat(32);

describe('routing records to backends', () => {
  it('sends every field to the one backend of a centralised deployment', () => {
    const sync = syncConfigSchema.parse({
      centreKey: key,
      backends: [{ id: 'tinh', url: 'http://127.0.0.1:1' }],
    });
    expect(backendForField(sync, 'dat-dai')?.id).toBe('tinh');
    expect(
      routeOf(sync, { kind: 'dossier-status', field: 'ho-tich', orderKey: 'A-261126-0001' }),
    ).toEqual({
      to: 'backend',
      target: { id: 'tinh', url: 'http://127.0.0.1:1', key },
      method: 'POST',
      path: '/v1/dossiers/A-261126-0001/status',
    });
  });

  it('routes by field in a distributed deployment, the rest to the default, stats to monitoring', () => {
    const sync = syncConfigSchema.parse({
      centreKey: key,
      backends: [
        { id: 'tinh', url: 'http://127.0.0.1:1' },
        { id: 'dat-dai', url: 'http://127.0.0.1:2', fields: ['dat-dai'], key: 'd'.repeat(20) },
        { id: 'giam-sat', url: 'http://127.0.0.1:3', fields: ['giam-sat-only'] },
      ],
      monitoring: { backendId: 'giam-sat' },
    });
    expect(backendForField(sync, 'dat-dai')).toEqual({
      id: 'dat-dai',
      url: 'http://127.0.0.1:2',
      key: 'd'.repeat(20),
    });
    expect(backendForField(sync, 'ho-tich')?.id).toBe('tinh');
    const stats = routeOf(sync, { kind: 'queue-stats', field: null, orderKey: 'queue-stats' });
    expect(stats.to === 'backend' && stats.target.id).toBe('giam-sat');
    expect(routeOf(sync, { kind: 'sms', field: null, orderKey: 'sms:0912345678' })).toEqual({
      to: 'sms',
    });
  });

  it('lets a backend list a field (lĩnh vực) instead of each of its services', () => {
    const sync = syncConfigSchema.parse({
      centreKey: key,
      backends: [
        { id: 'tinh', url: 'http://127.0.0.1:1' },
        { id: 'tu-phap', url: 'http://127.0.0.1:4', fields: ['tu-phap'] },
      ],
    });
    const aliases = (serviceId: string): string[] =>
      ['ho-tich', 'chung-thuc'].includes(serviceId) ? ['tu-phap'] : [];
    expect(backendForField(sync, 'ho-tich', aliases('ho-tich'))?.id).toBe('tu-phap');
    const rating = routeOf(sync, { kind: 'rating', field: 'chung-thuc', orderKey: 'r' }, aliases);
    expect(rating.to === 'backend' && rating.target.id).toBe('tu-phap');
    expect(backendForField(sync, 'dat-dai', aliases('dat-dai'))?.id).toBe('tinh');
  });

  it('sends the records of one route key to one receiver, whatever the configuration', () => {
    const configs = [
      { backends: [{ id: 'tinh', url: 'http://127.0.0.1:1' }] },
      {
        backends: [
          { id: 'tinh', url: 'http://127.0.0.1:1' },
          { id: 'tu-phap', url: 'http://127.0.0.1:4', fields: ['tu-phap', 'dat-dai'] },
          { id: 'giam-sat', url: 'http://127.0.0.1:3', fields: ['giam-sat-only'] },
        ],
        monitoring: { backendId: 'giam-sat' },
      },
      { backends: [{ id: 'dat-dai', url: 'http://127.0.0.1:2', fields: ['dat-dai'] }] },
    ].map((sync) => syncConfigSchema.parse({ centreKey: key, ...sync }));
    const aliases = (serviceId: string): string[] => (serviceId === 'ho-tich' ? ['tu-phap'] : []);
    const receiver = (route: Route): string =>
      route.to === 'backend' ? route.target.id : route.to;
    configs.forEach((sync) => {
      const byKey = new Map<string, Set<string>>();
      outboxKinds.forEach((kind) =>
        [null, 'ho-tich', 'dat-dai', 'chung-thuc'].forEach((field) => {
          const routeKey = routeKeyOf(kind, field);
          const to = receiver(routeOf(sync, { kind, field, orderKey: 'k' }, aliases));
          byKey.set(routeKey, new Set([...(byKey.get(routeKey) ?? []), to]));
        }),
      );
      byKey.forEach((receivers) => expect(receivers.size).toBe(1));
    });
  });

  it('parks what has nowhere to go when no default backend exists', () => {
    const sync = syncConfigSchema.parse({
      centreKey: key,
      backends: [{ id: 'dat-dai', url: 'http://127.0.0.1:2', fields: ['dat-dai'] }],
    });
    expect(routeOf(sync, { kind: 'dossier', field: 'ho-tich', orderKey: 'x' }).to).toBe('nowhere');
  });

  it('refuses configurations that are ambiguous', () => {
    const twoDefaults = syncConfigSchema.safeParse({
      centreKey: key,
      backends: [
        { id: 'a', url: 'http://127.0.0.1:1' },
        { id: 'b', url: 'http://127.0.0.1:2' },
      ],
    });
    expect(twoDefaults.success).toBe(false);
    const noKey = syncConfigSchema.safeParse({
      backends: [{ id: 'a', url: 'http://127.0.0.1:1' }],
    });
    expect(noKey.success).toBe(false);
  });
});
