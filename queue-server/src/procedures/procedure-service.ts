import {
  fail,
  ok,
  type Procedure,
  type ProceduresChangedEvent,
  type Reply,
  type UpdateProcedureBody,
} from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';
import type { CentreConfigStore } from '../config/centre-config-store';

const log = createLogger('procedures');

export type Clock = () => Date;

export type ProceduresListener = (event: ProceduresChangedEvent) => void;

export type ProcedureService = {
  /** Every configured procedure, in configuration order; `serviceId` narrows to one service. */
  list: (serviceId?: string) => Procedure[];
  get: (id: string) => Reply<Procedure>;
  /** Replaces a procedure's checklist, fees and processing time; `actor` is who asked (logged). */
  update: (id: string, body: UpdateProcedureBody, actor: string) => Promise<Reply<Procedure>>;
  /** The event a screen needs to show the current list; `changedId` null when nothing changed. */
  snapshot: (changedId: string | null) => ProceduresChangedEvent;
  /** Called after every successful edit; returns the unsubscribe function. */
  subscribe: (listener: ProceduresListener) => () => void;
};

/**
 * Procedures as configuration: they live in the centre configuration (lowdb) so a supervisor's
 * edit is one validated write, and every listener (kiosk and counter pushes) hears of it at once.
 */
export const createProcedureService = (deps: {
  config: CentreConfigStore;
  clock: Clock;
}): ProcedureService => {
  const { config, clock } = deps;
  const listeners = new Set<ProceduresListener>();

  const list = (serviceId?: string): Procedure[] =>
    config
      .current()
      .procedures.filter(
        (procedure) => serviceId === undefined || procedure.serviceId === serviceId,
      );

  const get = (id: string): Reply<Procedure> => {
    const procedure = config.current().procedures.find((candidate) => candidate.id === id);
    return procedure ? ok(procedure) : fail('not-found', `Không có thủ tục "${id}"`);
  };

  const snapshot = (changedId: string | null): ProceduresChangedEvent => ({
    procedures: list(),
    changedId,
    at: clock().toISOString(),
  });

  const update = async (
    id: string,
    body: UpdateProcedureBody,
    actor: string,
  ): Promise<Reply<Procedure>> => {
    if (body.id !== undefined && body.id !== id) {
      return fail('bad-request', 'Mã thủ tục trong nội dung khác mã trên đường dẫn', [
        { path: 'id', message: `phải là "${id}" hoặc bỏ trống` },
      ]);
    }
    const current = config.current();
    if (!current.procedures.some((candidate) => candidate.id === id)) {
      return fail('not-found', `Không có thủ tục "${id}"`);
    }
    if (!current.services.some((service) => service.id === body.serviceId)) {
      return fail('bad-request', 'Dữ liệu không hợp lệ', [
        { path: 'serviceId', message: `dịch vụ không tồn tại: ${body.serviceId}` },
      ]);
    }
    const replacement: Procedure = { ...body, id };
    const result = await config.update((draft) => ({
      ...draft,
      procedures: draft.procedures.map((procedure) =>
        procedure.id === id ? replacement : procedure,
      ),
    }));
    if (!result.ok) {
      return 'refused' in result
        ? result.refused
        : fail('bad-request', 'Cấu hình sau khi sửa không hợp lệ', result.issues);
    }
    log.info('procedure updated', {
      id,
      actor,
      documents: replacement.documents.length,
      processingDays: replacement.processingDays,
    });
    const event = snapshot(id);
    listeners.forEach((listener) => {
      try {
        listener(event);
      } catch (error) {
        log.error('procedures listener failed', { error: (error as Error).message });
      }
    });
    return ok(replacement);
  };

  return {
    list,
    get,
    update,
    snapshot,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
