import { describe, expect, it } from 'vitest';
import { noBackendFor, problemAt, problemWith, syncProblems } from './sync-problems';

describe('sync problems as the supervisor reads them', () => {
  it('put Vietnamese first, English in parentheses, then the detail and the time', () => {
    const text = problemWith(syncProblems.unreachable, 'tinh: timeout');
    expect(problemAt(text, '2026-11-26T02:31:00.000Z', 'Asia/Ho_Chi_Minh')).toBe(
      'Mất kết nối tới máy chủ OpenOPS (lost connection to the OpenOPS server) [tinh: timeout] — 09:31 26/11/2026',
    );
    expect(noBackendFor('ho-tich')).toBe(
      'không có backend cho lĩnh vực ho-tich (no OpenOPS backend for field ho-tich)',
    );
  });
});
