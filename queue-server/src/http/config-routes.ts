import express, { type Router } from 'express';
import { z } from 'zod';
import {
  assertNever,
  calendarSchema,
  centreInfoSchema,
  configSectionSchema,
  configuredDeviceSchema,
  counterSchema,
  displayConfigSchema,
  fail,
  officerEditSchema,
  ok,
  parseInput,
  priorityCategorySchema,
  queuePolicySchema,
  serviceFieldSchema,
  serviceSchema,
  type ConfigSection,
  type EditableConfig,
  type Fail,
  type Reply,
} from '@openops/protocol';
import { auditQuerySchema } from '@openops/protocol';
import type { CentreConfig } from '../config/centre-config-schema';
import type { CentreConfigStore } from '../config/centre-config-store';
import { hashPassword } from '../auth/password';
import { accountsEnded, supervisorOfficerEditIssues } from '../auth/officer-edits';
import type { AuditLog } from '../audit/audit-log';
import { describeDaysChange, describeListChange, describeObjectChange } from '../audit/config-diff';
import { supervisorGuard, type SupervisorGuard } from '../procedures/supervisor-guard';
import { businessDayOf } from '../domain/business-day';
import type { InUse } from '../config/config-in-use';
import { principalOfResponse } from './auth-middleware';
import {
  officersHoldingCounters,
  prefixesReusedToday,
  servicesLeftUncalled,
  servicesWithBookings,
} from './config-in-use-refusals';
import { expectedRevision, revisionsOf, staleEdit } from './config-revisions';
import { send } from './reply';

/** The configuration as a supervisor's screen sees it: everything but password hashes and sync keys. */
const editableView = (config: CentreConfig): EditableConfig => {
  const sections = sectionsView(config);
  return { ...sections, revisions: revisionsOf(sections) };
};

const sectionsView = (config: CentreConfig): Omit<EditableConfig, 'revisions'> => ({
  centre: config.centre,
  services: config.services,
  fields: config.fields ?? [],
  counters: config.counters,
  officers: (config.officers ?? []).map(({ passwordHash: _hash, ...officer }) => officer),
  displays: config.displays,
  devices: config.devices ?? [],
  priorityCategories: config.priorityCategories ?? [],
  queuePolicy: config.queuePolicy ?? {},
  calendar: config.calendar,
  procedures: config.procedures.map(({ id, code, name }) => ({ id, code, name })),
});

type Applied = { mutate: (draft: CentreConfig) => CentreConfig; summary: string };

const withIds = z.array(z.object({ id: z.string() }).passthrough());

const listSummary = (before: unknown, after: unknown): string => {
  const old = withIds.safeParse(before);
  const next = withIds.safeParse(after);
  return old.success && next.success ? describeListChange(old.data, next.data) : 'cập nhật';
};

/**
 * Parses a section's body and says how to apply it; officers' passwords are hashed here.
 * `supervisorId` names the editor when a supervisor who is not an admin makes the change: their
 * officers list is held to `supervisorOfficerEditIssues`. Null (an admin, or an open demo's
 * named actor) checks nothing more.
 */
const prepare = async (
  section: ConfigSection,
  body: unknown,
  current: CentreConfig,
  supervisorId: string | null,
  accounts: OfficerAccounts,
): Promise<Reply<Applied>> => {
  const parse = <T extends z.ZodType>(schema: T): Reply<z.infer<T>> => {
    const parsed = parseInput(schema, body);
    return parsed.ok ? ok(parsed.value) : parsed;
  };
  const list = <T extends { id: string }>(
    schema: z.ZodType<T[]>,
    set: (draft: CentreConfig, value: T[]) => CentreConfig,
    before: readonly { id: string }[],
  ): Reply<Applied> => {
    const value = parse(schema);
    if (!value.ok) return value;
    return ok({
      mutate: (draft) => set(draft, value.data),
      summary: listSummary(before, value.data),
    });
  };
  switch (section) {
    case 'centre': {
      const value = parse(centreInfoSchema);
      if (!value.ok) return value;
      return ok({
        mutate: (draft) => ({ ...draft, centre: value.data }),
        summary: `thông tin trung tâm: ${describeObjectChange(current.centre, value.data)}`,
      });
    }
    case 'services':
      return list(
        z.array(serviceSchema),
        (draft, services) => ({ ...draft, services }),
        current.services,
      );
    case 'fields':
      return list(
        z.array(serviceFieldSchema),
        (draft, fields) => ({ ...draft, fields }),
        current.fields ?? [],
      );
    case 'counters':
      return list(
        z.array(counterSchema),
        (draft, counters) => ({ ...draft, counters }),
        current.counters,
      );
    case 'displays':
      return list(
        z.array(displayConfigSchema),
        (draft, displays) => ({ ...draft, displays }),
        current.displays,
      );
    case 'devices':
      return list(
        z.array(configuredDeviceSchema),
        (draft, devices) => ({ ...draft, devices }),
        current.devices ?? [],
      );
    case 'priorityCategories':
      return list(
        z.array(priorityCategorySchema),
        (draft, priorityCategories) => ({ ...draft, priorityCategories }),
        current.priorityCategories ?? [],
      );
    case 'queuePolicy': {
      const value = parse(queuePolicySchema);
      if (!value.ok) return value;
      return ok({
        mutate: (draft) => ({ ...draft, queuePolicy: value.data }),
        summary: `chính sách gọi số: ${describeObjectChange(current.queuePolicy ?? {}, value.data)}`,
      });
    }
    case 'calendar': {
      const value = parse(calendarSchema);
      if (!value.ok) return value;
      return ok({
        mutate: (draft) => ({ ...draft, calendar: value.data }),
        summary: [
          ...describeDaysChange('ngày nghỉ', current.calendar.holidays, value.data.holidays),
          ...describeDaysChange(
            'ngày làm bù',
            current.calendar.extraWorkingDays,
            value.data.extraWorkingDays,
          ),
          `còn ${value.data.holidays.length} ngày nghỉ, ${value.data.extraWorkingDays.length} ngày làm bù`,
        ].join('; '),
      });
    }
    case 'officers': {
      const value = parse(z.array(officerEditSchema));
      if (!value.ok) return value;
      const beyond =
        supervisorId === null
          ? []
          : supervisorOfficerEditIssues(
              editableView(current).officers,
              value.data,
              supervisorId,
              accounts.hasSignedIn,
            );
      if (beyond.length > 0) {
        return fail(
          'forbidden',
          'Giám sát viên chỉ quản lý tài khoản cán bộ quầy; việc này cần quản trị viên (a supervisor manages counter officers only; this needs an admin)',
          beyond,
        );
      }
      const existing = new Map((current.officers ?? []).map((officer) => [officer.id, officer]));
      const missing = value.data.findIndex(
        (officer) => !officer.password && !existing.has(officer.id),
      );
      if (missing >= 0) {
        return fail('bad-request', 'Cán bộ mới cần mật khẩu (a new officer needs a password)', [
          { path: `${missing}.password`, message: 'cần mật khẩu từ 8 ký tự' },
        ]);
      }
      const officers = await Promise.all(
        value.data.map(async ({ password, ...officer }) => ({
          ...officer,
          passwordHash: password
            ? await hashPassword(password)
            : (existing.get(officer.id)?.passwordHash ?? ''),
        })),
      );
      const changedPasswords = value.data
        .filter((officer) => officer.password)
        .map((officer) => officer.id);
      return ok({
        mutate: (draft) => ({ ...draft, officers }),
        summary: [
          // Compared without secrets: a hash is never part of what the screen sends.
          listSummary(
            editableView(current).officers,
            value.data.map(({ password: _password, ...officer }) => officer),
          ),
          changedPasswords.length > 0 ? `đặt mật khẩu ${changedPasswords.join(', ')}` : null,
        ]
          .filter((part) => part !== null)
          .join('; '),
      });
    }
    default:
      return assertNever(section);
  }
};

/**
 * The counters or services a section's new list drops while the day's queue still uses them,
 * as a refusal naming each and why; null when nothing in use is dropped.
 */
const droppedInUse = (
  section: ConfigSection,
  body: unknown,
  current: CentreConfig,
  inUse: InUse,
  businessDay: string,
): Fail | null => {
  const listed =
    section === 'counters' ? current.counters : section === 'services' ? current.services : null;
  const kept = withIds.safeParse(body);
  if (!listed || !kept.success) return null;
  const keptIds = new Set(kept.data.map((entry) => entry.id));
  const reasons =
    section === 'counters' ? inUse.counters(businessDay) : inUse.services(businessDay);
  const blocked = listed
    .filter((entry) => !keptIds.has(entry.id) && reasons.has(entry.id))
    .map((entry) => `${entry.name} (${reasons.get(entry.id) ?? ''})`);
  if (blocked.length === 0) return null;
  return section === 'counters'
    ? fail(
        'conflict',
        `Không xoá được quầy đang làm việc: ${blocked.join('; ')}. Hãy kết thúc lượt và đóng quầy trước. (A counter in use cannot be removed.)`,
      )
    : fail(
        'conflict',
        `Không xoá được dịch vụ còn công dân chờ: ${blocked.join('; ')}. Hãy xoá sau khi hết lượt trong ngày. (A service with tickets today cannot be removed.)`,
      );
};

/**
 * An edit that would leave the running day stuck though nothing it drops is in use: an officer
 * holding a counter losing it, a waiting service left on no counter, a service deleted under
 * its bookings (see `config-in-use-refusals.ts`). `next` is the configuration the edit makes.
 * Null when the edit strands nobody.
 */
const strandsTheDay = (
  section: ConfigSection,
  current: CentreConfig,
  next: CentreConfig,
  inUse: InUse,
  businessDay: string,
  now: Date,
): Fail | null => {
  switch (section) {
    case 'officers':
      return officersHoldingCounters(
        current.officers ?? [],
        next.officers ?? [],
        inUse.held(businessDay),
        current.counters,
      );
    case 'counters':
      return servicesLeftUncalled(
        current.services,
        current.counters,
        next.counters,
        inUse.waiting(businessDay),
      );
    case 'services': {
      // A booking may still be checked in this long after its slot (the appointments default).
      const lateMinutes = current.appointments?.checkInLateMinutes ?? 15;
      const from = new Date(now.getTime() - lateMinutes * 60_000).toISOString();
      return (
        prefixesReusedToday(current.services, next.services, inUse.prefixesIssued(businessDay)) ??
        servicesWithBookings(current.services, next.services, inUse.booked(from))
      );
    }
    case 'centre':
    case 'fields':
    case 'displays':
    case 'devices':
    case 'priorityCategories':
    case 'queuePolicy':
    case 'calendar':
      return null;
    default:
      return assertNever(section);
  }
};

/** The sign-in records an officers edit reads and ends. */
export type OfficerAccounts = {
  /** True once an officer id has ever signed in. */
  hasSignedIn: (officerId: string) => boolean;
  /** Ends every open session of an officer (account disabled or removed). */
  endAllOf: (officerId: string) => void;
};

const noAccounts: OfficerAccounts = { hasSignedIn: () => false, endAllOf: () => undefined };

type ConfigRouteOptions = {
  config: CentreConfigStore;
  /** Sign-in records, for the officers section; default none (nothing read or ended). */
  accounts?: OfficerAccounts;
  audit: AuditLog;
  clock: () => Date;
  /**
   * What the day's queue holds, so a counter or service in use is not removed under it, nor an
   * officer's counter, a waiting service's last counter or a booked service.
   */
  inUse: InUse;
  /** Tells open screens of an accepted change; default nothing. */
  onChanged?: () => void;
  guard?: SupervisorGuard;
};

/**
 * `GET /config`: the editable configuration; `PUT /config/:section`: replace one section, the
 * whole configuration validated before it is written (refusals name each bad path, or, as
 * `conflict`, each counter, service, officer or booking the day still relies on); `GET /audit`:
 * who changed what, newest first. Supervisors and admins only; on the officers list a
 * supervisor who is not an admin manages counter officers only (`supervisorOfficerEditIssues`),
 * refused `forbidden`.
 */
export const configRoutes = ({
  config,
  audit,
  clock,
  inUse,
  onChanged = () => undefined,
  guard = supervisorGuard,
  accounts = noAccounts,
}: ConfigRouteOptions): Router => {
  const router = express.Router();
  router.get('/config', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    return send(response, ok(editableView(config.current())));
  });
  router.put('/config/:section', async (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const section = parseInput(configSectionSchema, request.params.section);
    if (!section.ok) return send(response, section);
    const current = config.current();
    const principal = principalOfResponse(response);
    const supervisorId =
      principal?.kind === 'officer' && !principal.roles.includes('admin')
        ? principal.officerId
        : null;
    const expected = expectedRevision(request.get('if-match'));
    const prepared = await prepare(section.value, request.body, current, supervisorId, accounts);
    if (!prepared.ok) return send(response, prepared);
    // Checked against the day as it is when the change takes effect (see `config.update`).
    let replaced = current;
    const leavesTheDayWhole = (before: CentreConfig, after: CentreConfig): Fail | null => {
      replaced = before;
      const businessDay = businessDayOf(clock(), before.centre.timeZone);
      return (
        staleEdit(sectionsView(before), section.value, expected) ??
        droppedInUse(section.value, request.body, before, inUse, businessDay) ??
        strandsTheDay(section.value, before, after, inUse, businessDay, clock())
      );
    };
    const result = await config.update(prepared.data.mutate, leavesTheDayWhole);
    if (!result.ok) {
      return send(
        response,
        'refused' in result
          ? result.refused
          : fail('bad-request', 'Cấu hình không hợp lệ (configuration refused)', result.issues),
      );
    }
    accountsEnded(replaced.officers ?? [], result.config.officers ?? []).forEach(accounts.endAllOf);
    audit.record({
      at: clock().toISOString(),
      actor: allowed.data.actor,
      section: section.value,
      action: 'update',
      summary: prepared.data.summary,
    });
    onChanged();
    return send(response, ok(editableView(result.config)));
  });
  router.get('/audit', (request, response) => {
    const allowed = guard(request, response);
    if (!allowed.ok) return send(response, allowed);
    const query = parseInput(auditQuerySchema, request.query);
    if (!query.ok) return send(response, query);
    return send(response, ok(audit.list(query.value.limit)));
  });
  return router;
};
