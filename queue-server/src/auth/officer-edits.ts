import type { Officer, OfficerEdit } from '@openops/protocol';

/** One refused row of an officers list, named as a parse error would name it. */
export type OfficerEditIssue = { path: string; message: string };

const onlyAdmin = {
  adminAccount: 'chỉ quản trị viên được sửa tài khoản quản trị (only an admin may change an admin)',
  supervisorAccount:
    'chỉ quản trị viên được sửa tài khoản giám sát khác (only an admin may change another supervisor)',
  adminRole:
    'chỉ quản trị viên được cấp hoặc bỏ vai trò quản trị (only an admin may grant or remove the admin role)',
  password:
    'chỉ quản trị viên được đặt mật khẩu cho tài khoản đã có của người khác (only an admin may set another officer’s password)',
  removeAdmin: 'chỉ quản trị viên được xoá tài khoản quản trị (only an admin may remove an admin)',
  removeSupervisor:
    'chỉ quản trị viên được xoá tài khoản giám sát khác (only an admin may remove another supervisor)',
  reusedId:
    'mã cán bộ này đã từng đăng nhập, chỉ quản trị viên được dùng lại (only an admin may reuse an officer id that has signed in)',
} as const;

const sameSet = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a === undefined || b === undefined
    ? a === b
    : a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The first field the row changes on the account, or null when it keeps every one. */
const changedField = (row: OfficerEdit, before: Officer): string | null => {
  if (row.password !== undefined) return 'password';
  if (!sameSet(row.roles, before.roles)) return 'roles';
  if ((row.disabled ?? false) !== (before.disabled ?? false)) return 'disabled';
  if (row.username !== before.username) return 'username';
  if (row.name !== before.name) return 'name';
  if (!sameSet(row.counterIds, before.counterIds)) return 'counterIds';
  return null;
};

const holdsAdmin = (officer: { roles: readonly string[] }): boolean =>
  officer.roles.includes('admin');

/**
 * What a supervisor who is not an admin may not do to the officers list (`PUT
 * /config/officers`, which replaces it whole): they manage counter officers (add them with a
 * password, rename them, assign counters, grant roles up to supervisor, disable or remove
 * them), and edit their own account, but
 * - an account holding `admin` is left exactly as it is, and is not removed;
 * - an account holding `supervisor`, other than their own, likewise: taking over or locking out
 *   a peer is an admin's decision;
 * - nobody gains or loses `admin`;
 * - a password is set only for a new officer or their own account: setting an existing
 *   officer's password would let them sign in as that officer.
 * Answers one issue per refused row, `<row>.<field>` as the body's index names it, or the
 * officer's id for a row the list drops; empty when the list is within those bounds. Admins
 * are not checked at all.
 */
export const supervisorOfficerEditIssues = (
  current: readonly Officer[],
  edits: readonly OfficerEdit[],
  supervisorId: string,
  /**
   * True for an id that has ever signed in: a row adding it back (removed, then made anew with
   * a password of the supervisor's choosing) would let them sign in as that officer.
   */
  signedInBefore: (officerId: string) => boolean = () => false,
): OfficerEditIssue[] => {
  const before = new Map(current.map((officer) => [officer.id, officer]));
  const rows = edits.flatMap((row, index): OfficerEditIssue[] => {
    const existing = before.get(row.id);
    if (!existing && signedInBefore(row.id)) {
      return [{ path: `${index}.id`, message: onlyAdmin.reusedId }];
    }
    const outOfReach =
      existing &&
      (holdsAdmin(existing) ||
        (existing.roles.includes('supervisor') && existing.id !== supervisorId));
    if (existing && outOfReach) {
      const field = changedField(row, existing);
      if (field === null) return [];
      const message = holdsAdmin(existing) ? onlyAdmin.adminAccount : onlyAdmin.supervisorAccount;
      return [{ path: `${index}.${field}`, message }];
    }
    if (holdsAdmin(row)) return [{ path: `${index}.roles`, message: onlyAdmin.adminRole }];
    if (existing && row.password !== undefined && existing.id !== supervisorId) {
      return [{ path: `${index}.password`, message: onlyAdmin.password }];
    }
    return [];
  });
  const kept = new Set(edits.map((row) => row.id));
  const removed = current
    .filter((officer) => !kept.has(officer.id))
    .flatMap((officer): OfficerEditIssue[] => {
      if (holdsAdmin(officer)) return [{ path: officer.id, message: onlyAdmin.removeAdmin }];
      if (officer.roles.includes('supervisor') && officer.id !== supervisorId) {
        return [{ path: officer.id, message: onlyAdmin.removeSupervisor }];
      }
      return [];
    });
  return [...rows, ...removed];
};

/** Officers of `before` that `after` removes or disables: their sessions end with the edit. */
export const accountsEnded = (
  before: readonly Pick<Officer, 'id' | 'disabled'>[],
  after: readonly Pick<Officer, 'id' | 'disabled'>[],
): string[] => {
  const kept = new Map(after.map((officer) => [officer.id, officer]));
  return before
    .filter((officer) => !officer.disabled)
    .filter((officer) => {
      const next = kept.get(officer.id);
      return next === undefined || next.disabled === true;
    })
    .map((officer) => officer.id);
};
