import { describe, expect, it } from 'vitest';
import { fail, ok } from '@openops/protocol';
import { isStaleRevision, refusalWords, saveResult } from './config-save';

const staleMessage =
  'Phần cấu hình này vừa được người khác thay đổi sau khi bạn mở. Hãy tải lại để xem bản mới rồi sửa lại (changed by someone else since you opened it: reload and edit again)';

describe('a configuration save', () => {
  it("tells somebody else's save since the screen read the section from the other conflicts", () => {
    const stale = fail('conflict', staleMessage, [{ path: 'services', message: staleMessage }]);
    expect(isStaleRevision('services', stale.error)).toBe(true);
    expect(saveResult('services', stale)).toEqual({ kind: 'stale' });
    // A counter in use: a conflict too, but no reload would help.
    const inUse = fail('conflict', 'Không xoá được quầy đang làm việc: Quầy 2 (đang mở)');
    expect(isStaleRevision('counters', inUse.error)).toBe(false);
    expect(saveResult('counters', inUse)).toEqual({ kind: 'refused', error: inUse.error });
    expect(refusalWords('counters', inUse.error, 'vi')).toEqual({
      text: 'Không xoá được quầy đang làm việc: Quầy 2 (đang mở)',
      issues: [],
    });
    // An officer holding a counter, named by id and row.
    const held = fail('conflict', 'Cán bộ đang giữ quầy', [
      { path: '2.disabled', message: 'Nguyễn Văn B giữ Quầy 1: bị khoá' },
    ]);
    expect(isStaleRevision('officers', held.error)).toBe(false);
    // Another section's name is no match.
    expect(isStaleRevision('calendar', stale.error)).toBe(false);
  });

  it('takes an unreadable answer to a good save as a reason to read the configuration again', () => {
    expect(saveResult('calendar', ok({ calendar: {} }))).toEqual({ kind: 'saved-unread' });
  });

  it('words a refused section in Vietnamese, each issue named as the screen shows it', () => {
    const refused = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: '5.name', message: 'Too small: expected string to have >=1 characters' },
    ]);
    expect(saveResult('priorityCategories', refused)).toEqual({
      kind: 'refused',
      error: refused.error,
    });
    expect(refusalWords('priorityCategories', refused.error, 'vi')).toEqual({
      text: 'Chưa lưu đối tượng ưu tiên: sửa các chỗ sau',
      issues: ['Đối tượng ưu tiên số 6: cần nhập tên'],
    });
  });

  it("words a refused section in English, the server's own message by its English", () => {
    const refused = fail('bad-request', 'Cấu hình không hợp lệ (configuration refused)', [
      { path: 'counters.0.serviceIds.0', message: 'dịch vụ không tồn tại: khong-co' },
    ]);
    expect(refusalWords('counters', refused.error, 'en')).toEqual({
      text: 'Counters, services and weights not saved: fix the following',
      issues: ['Row 1: services: unknown service: khong-co'],
    });
    const inUse = fail(
      'conflict',
      'Không xoá được quầy đang làm việc: Quầy 2 (đang mở). Hãy kết thúc lượt và đóng quầy trước. (A counter in use cannot be removed.)',
    );
    expect(refusalWords('counters', inUse.error, 'en')).toEqual({
      text: 'Quầy 2 (open): a counter in use cannot be removed.',
      issues: [],
    });
  });
});
