import { assertNever, type OutboxKind, type SyncConfig } from '@openops/protocol';
import type { BackendTarget } from './backend-client';
import { noBackendFor } from './sync-problems';

export type Route =
  | { to: 'backend'; target: BackendTarget; method: 'POST'; path: string }
  | { to: 'sms' }
  | { to: 'nowhere'; reason: string };

const targetOf = (sync: SyncConfig, id: string): BackendTarget | null => {
  const backend = sync.backends.find((candidate) => candidate.id === id);
  const key = backend?.key ?? sync.centreKey;
  return backend && key ? { id: backend.id, url: backend.url, key } : null;
};

/**
 * The backend that owns a field: the one listing it (distributed model), otherwise the default
 * backend, the one that lists no fields (centralised model, or the hub of a hybrid one).
 * `field` is a queue service id; `aliases` are other names of it a backend may list (the
 * service's field, lĩnh vực, from the centre model).
 */
export const backendForField = (
  sync: SyncConfig,
  field: string | null,
  aliases: readonly string[] = [],
): BackendTarget | null => {
  const names = field ? [field, ...aliases] : [];
  const owner =
    sync.backends.find((backend) => names.some((name) => backend.fields?.includes(name))) ??
    sync.backends.find((backend) => !backend.fields);
  return owner ? targetOf(sync, owner.id) : null;
};

const pathOf = (kind: Exclude<OutboxKind, 'sms'>, orderKey: string): string => {
  switch (kind) {
    case 'dossier':
      return '/v1/dossiers';
    case 'dossier-status':
      return `/v1/dossiers/${encodeURIComponent(orderKey)}/status`;
    case 'rating':
      return '/v1/ratings';
    case 'ticket-event':
      return '/v1/ticket-events';
    case 'queue-stats':
      return '/v1/queue-stats';
    default:
      return assertNever(kind);
  }
};

/**
 * The part of a record that chooses its receiver, whatever the configuration: `routeOf` reads
 * only the kind (SMS, queue statistics, anything else) and the field. Stored with each outbox
 * record (`route_key`), so the worker can leave a paused receiver's records unread; keep the two
 * in step.
 */
export const routeKeyOf = (kind: OutboxKind, field: string | null): string => {
  const byField = (prefix: string): string => (field === null ? prefix : `${prefix}:${field}`);
  switch (kind) {
    case 'sms':
      return 'sms';
    case 'queue-stats':
      return byField('queue-stats');
    case 'dossier':
    case 'dossier-status':
    case 'rating':
    case 'ticket-event':
      return byField('field');
    default:
      return assertNever(kind);
  }
};

/** Where an outbox record goes under the current configuration. */
export const routeOf = (
  sync: SyncConfig,
  record: { kind: OutboxKind; field: string | null; orderKey: string },
  aliasesOf: (field: string) => readonly string[] = () => [],
): Route => {
  if (record.kind === 'sms') return { to: 'sms' };
  const target =
    record.kind === 'queue-stats' && sync.monitoring
      ? targetOf(sync, sync.monitoring.backendId)
      : backendForField(sync, record.field, record.field ? aliasesOf(record.field) : []);
  if (!target) {
    return { to: 'nowhere', reason: noBackendFor(record.field) };
  }
  return { to: 'backend', target, method: 'POST', path: pathOf(record.kind, record.orderKey) };
};
