import { fail, type Counter, type Officer, type Fail, type Service } from '@openops/protocol';
import type { HeldCounter } from '../config/day-holds';

type OfficerRow = Pick<Officer, 'id' | 'name' | 'counterIds' | 'disabled'>;
type Named = Pick<Counter | Service, 'id' | 'name'>;

/** Whether an officer's account lets them keep working a counter: signed in, assigned to it. */
const mayWork = (officer: OfficerRow | undefined, counterId: string): boolean =>
  officer !== undefined &&
  officer.disabled !== true &&
  (officer.counterIds === undefined || officer.counterIds.includes(counterId));

const holding = (state: HeldCounter['state']): string =>
  state === 'paused' ? 'đang tạm dừng' : 'đang mở';

/**
 * Officers an officers list removes, disables or takes off a counter they hold now (open or
 * paused under their id). Their session ends, or the counter's gate turns them away, while no
 * one else may work that counter: the citizen at it could not be finished, nor the counter
 * closed by its holder. Refused `conflict` naming each officer and counter, with one issue per
 * row as `supervisorOfficerEditIssues` names rows (`<index>.disabled`, `<index>.counterIds`, or
 * the id of an officer the list drops). Only a change counts: an account that could not work
 * its counter before the edit (an older configuration) does not block every later edit.
 * Counters held by a counter PC rather than an officer are not the officers list's concern.
 * Null when no holder loses their counter.
 */
export const officersHoldingCounters = (
  before: readonly OfficerRow[],
  after: readonly OfficerRow[],
  held: readonly HeldCounter[],
  counters: readonly Named[],
): Fail | null => {
  const previous = new Map(before.map((officer) => [officer.id, officer]));
  const counterName = (id: string): string =>
    counters.find((counter) => counter.id === id)?.name ?? id;
  const blocked = held.flatMap((counter) => {
    const officer = previous.get(counter.holder);
    if (!officer || !mayWork(officer, counter.counterId)) return [];
    const index = after.findIndex((row) => row.id === officer.id);
    const row = after[index];
    if (mayWork(row, counter.counterId)) return [];
    const change = !row
      ? { path: officer.id, what: 'bị xoá' }
      : row.disabled === true
        ? { path: `${index}.disabled`, what: 'bị khoá' }
        : {
            path: `${index}.counterIds`,
            what: `không còn được phân công ${counterName(counter.counterId)}`,
          };
    const holds = `${officer.name} (${officer.id}) giữ ${counterName(counter.counterId)}, ${holding(counter.state)}`;
    return [{ path: change.path, message: `${holds}: ${change.what}`, holds }];
  });
  if (blocked.length === 0) return null;
  return fail(
    'conflict',
    `Không sửa được tài khoản cán bộ đang giữ quầy: ${blocked.map((entry) => entry.holds).join('; ')}. Hãy để cán bộ hoàn thành lượt đang phục vụ và đóng quầy trước. (An officer holding a counter cannot be removed, disabled or taken off that counter; close the counter first.)`,
    blocked.map(({ path, message }) => ({ path, message })),
  );
};

/**
 * Services a counters list takes off every counter while tickets of theirs wait today: no
 * counter would call them again. A service no counter served before the edit is not this
 * edit's doing and does not block it. Refused `conflict` naming each service and how many
 * wait; null when every waiting service stays on a counter.
 */
export const servicesLeftUncalled = (
  services: readonly Named[],
  before: readonly Pick<Counter, 'serviceIds'>[],
  after: readonly Pick<Counter, 'serviceIds'>[],
  waiting: ReadonlyMap<string, number>,
): Fail | null => {
  const servedBy = (counters: readonly Pick<Counter, 'serviceIds'>[]): Set<string> =>
    new Set(counters.flatMap((counter) => counter.serviceIds));
  const servedBefore = servedBy(before);
  const servedAfter = servedBy(after);
  const blocked = services
    .filter(
      (service) =>
        servedBefore.has(service.id) &&
        !servedAfter.has(service.id) &&
        (waiting.get(service.id) ?? 0) > 0,
    )
    .map((service) => `${service.name} (${waiting.get(service.id) ?? 0} số đang chờ)`);
  if (blocked.length === 0) return null;
  return fail(
    'conflict',
    `Không bỏ được dịch vụ khỏi mọi quầy khi còn công dân chờ: ${blocked.join('; ')}. Hãy để ít nhất một quầy phục vụ dịch vụ này đến khi hết lượt chờ. (A service with tickets waiting today must stay on at least one counter.)`,
  );
};

/**
 * Services a services list deletes while citizens hold bookings for them still to be checked
 * in (`booked`, counted by the caller from the slots whose check-in window is still open):
 * their codes would be refused at the kiosk. Refused `conflict` naming each service and how
 * many bookings; null when no booked service is deleted.
 */
export const servicesWithBookings = (
  before: readonly Named[],
  after: readonly Pick<Service, 'id'>[],
  booked: ReadonlyMap<string, number>,
): Fail | null => {
  const kept = new Set(after.map((service) => service.id));
  const blocked = before
    .filter((service) => !kept.has(service.id) && (booked.get(service.id) ?? 0) > 0)
    .map((service) => `${service.name} (${booked.get(service.id) ?? 0} lịch hẹn chưa đến)`);
  if (blocked.length === 0) return null;
  return fail(
    'conflict',
    `Không xoá được dịch vụ còn lịch hẹn: ${blocked.join('; ')}. Hãy huỷ các lịch hẹn này trước. (A service with booked appointments cannot be removed.)`,
  );
};

/**
 * Services a services list gives a prefix that another service's numbers were issued under
 * today (`issued`): its next number could repeat one already called (A004 twice in a day).
 * Refused `conflict` naming each service and prefix; null when every number stays unique. A
 * prefix is free again at the next business day.
 */
export const prefixesReusedToday = (
  before: readonly Pick<Service, 'id' | 'prefix'>[],
  after: readonly Pick<Service, 'id' | 'name' | 'prefix'>[],
  issued: readonly { serviceId: string; prefix: string }[],
): Fail | null => {
  const previous = new Map(before.map((service) => [service.id, service.prefix]));
  const blocked = after
    .filter((service) => previous.get(service.id) !== service.prefix)
    .filter((service) =>
      issued.some((entry) => entry.prefix === service.prefix && entry.serviceId !== service.id),
    )
    .map((service) => `${service.name} (${service.prefix})`);
  if (blocked.length === 0) return null;
  return fail(
    'conflict',
    `Ký hiệu đã dùng cho số của dịch vụ khác trong hôm nay: ${blocked.join('; ')}. Hãy chọn ký hiệu khác, hoặc đổi từ ngày mai. (A prefix another service issued numbers under today would repeat them.)`,
  );
};
