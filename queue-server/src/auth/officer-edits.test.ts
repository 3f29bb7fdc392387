import { describe, expect, it } from 'vitest';
import type { Officer, OfficerEdit } from '@openops/protocol';
import { accountsEnded, supervisorOfficerEditIssues } from './officer-edits';

const admin: Officer = { id: 'admin', username: 'admin', name: 'Quản trị', roles: ['admin'] };
const self: Officer = {
  id: 'giam-sat',
  username: 'giam-sat',
  name: 'Giám sát',
  roles: ['supervisor', 'counter'],
};
const peer: Officer = {
  id: 'giam-sat-2',
  username: 'gs2',
  name: 'Giám sát 2',
  roles: ['supervisor'],
};
const clerk: Officer = {
  id: 'can-bo-1',
  username: 'can-bo-1',
  name: 'Cán bộ 1',
  roles: ['counter'],
  counterIds: ['quay-1'],
};
const current = [admin, self, peer, clerk];

/** The list with one row replaced, as the configuration screen sends it. */
const withRow = (index: number, row: OfficerEdit): OfficerEdit[] =>
  current.map((officer, at) => (at === index ? row : officer));

const issuesOf = (edits: readonly OfficerEdit[]) =>
  supervisorOfficerEditIssues(current, edits, self.id).map((issue) => issue.path);

describe('what a supervisor who is not an admin may do to the officers list', () => {
  it('manages counter officers: adds one with a password, assigns counters, disables, removes', () => {
    const newcomer: OfficerEdit = {
      id: 'can-bo-5',
      username: 'can-bo-5',
      name: 'Mới',
      roles: ['counter'],
      password: 'mat-khau-1',
    };
    expect(issuesOf([...current, newcomer])).toEqual([]);
    expect(issuesOf(withRow(3, { ...clerk, counterIds: ['quay-1', 'quay-2'] }))).toEqual([]);
    expect(issuesOf(withRow(3, { ...clerk, disabled: true, name: 'Cán bộ Một' }))).toEqual([]);
    expect(issuesOf(withRow(3, { ...clerk, roles: ['counter', 'supervisor'] }))).toEqual([]);
    expect(issuesOf([admin, self, peer])).toEqual([]);
  });

  it('changes their own account, password included, and sends others unchanged in any order', () => {
    expect(issuesOf(withRow(1, { ...self, name: 'Tên mới', password: 'mat-khau-2' }))).toEqual([]);
    expect(issuesOf([clerk, peer, { ...admin, disabled: false }, self])).toEqual([]);
    expect(issuesOf(withRow(0, { ...admin, roles: ['admin'] }))).toEqual([]);
  });

  it('never grants the admin role, to themselves or to anyone', () => {
    expect(issuesOf(withRow(1, { ...self, roles: ['supervisor', 'admin'] }))).toEqual(['1.roles']);
    expect(issuesOf(withRow(3, { ...clerk, roles: ['admin'] }))).toEqual(['3.roles']);
    const newAdmin: OfficerEdit = {
      id: 'x',
      username: 'x',
      name: 'X',
      roles: ['admin'],
      password: 'mat-khau-3',
    };
    expect(issuesOf([...current, newAdmin])).toEqual(['4.roles']);
  });

  it('leaves an admin account as it is: password, roles, disabling, name, removal', () => {
    expect(issuesOf(withRow(0, { ...admin, password: 'chiem-quyen' }))).toEqual(['0.password']);
    expect(issuesOf(withRow(0, { ...admin, roles: ['counter'] }))).toEqual(['0.roles']);
    expect(issuesOf(withRow(0, { ...admin, disabled: true }))).toEqual(['0.disabled']);
    expect(issuesOf(withRow(0, { ...admin, username: 'admin-cu' }))).toEqual(['0.username']);
    expect(issuesOf([self, peer, clerk])).toEqual(['admin']);
    // Renaming the id is removing the admin and granting the role to a newcomer.
    expect(issuesOf(withRow(0, { ...admin, id: 'admin-2' }))).toEqual(['0.roles', 'admin']);
  });

  it("does not set an existing officer's password, nor touch another supervisor", () => {
    expect(issuesOf(withRow(3, { ...clerk, password: 'mat-khau-4' }))).toEqual(['3.password']);
    expect(issuesOf(withRow(2, { ...peer, password: 'mat-khau-5' }))).toEqual(['2.password']);
    expect(issuesOf(withRow(2, { ...peer, roles: ['counter'] }))).toEqual(['2.roles']);
    expect(issuesOf(withRow(2, { ...peer, disabled: true }))).toEqual(['2.disabled']);
    expect(issuesOf([admin, self, clerk])).toEqual(['giam-sat-2']);
  });
});

describe('an officer id that has signed in before', () => {
  it('is not made anew by a supervisor once removed, only by an admin', () => {
    const withoutClerk = current.filter((officer) => officer.id !== clerk.id);
    const remade: OfficerEdit = { ...clerk, password: 'mat-khau-moi' };
    const signedIn = (id: string): boolean => id === clerk.id;
    expect(
      supervisorOfficerEditIssues(withoutClerk, [...withoutClerk, remade], self.id, signedIn),
    ).toEqual([{ path: '3.id', message: expect.stringContaining('dùng lại') as unknown }]);
    // An id nobody ever signed in with is a new officer like any other.
    const fresh: OfficerEdit = { ...remade, id: 'can-bo-9', username: 'can-bo-9' };
    expect(
      supervisorOfficerEditIssues(withoutClerk, [...withoutClerk, fresh], self.id, signedIn),
    ).toEqual([]);
  });
});

describe('accountsEnded', () => {
  it('names the officers an edit removes or disables, not those kept, enabled or already off', () => {
    const before = [
      { id: 'a' },
      { id: 'b', disabled: false },
      { id: 'c' },
      { id: 'd', disabled: true },
      { id: 'e' },
    ];
    const after = [
      { id: 'a' },
      { id: 'b', disabled: true },
      { id: 'd' },
      { id: 'e', disabled: false },
    ];
    expect(accountsEnded(before, after)).toEqual(['b', 'c']);
  });
});
