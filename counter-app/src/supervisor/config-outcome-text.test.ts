import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import { configReadProblemText, outcomeWords, type Outcome } from './config-outcome-text';

const place = 'sections' as const;

describe('a configuration outcome', () => {
  it('says a save in either language, as the section is named there', () => {
    const saved: Outcome = { place, kind: 'saved', section: 'calendar' };
    expect(outcomeWords(saved, 'vi')).toEqual({
      ok: true,
      text: 'Đã lưu: Lịch làm việc và ngày nghỉ (saved)',
      issues: [],
      stale: false,
    });
    expect(outcomeWords(saved, 'en').text).toBe('Saved: Calendar and public holidays');
  });

  it('offers a reload after a revision conflict, in either language', () => {
    const stale: Outcome = { place, kind: 'stale', section: 'services' };
    expect(outcomeWords(stale, 'vi')).toEqual({
      ok: false,
      text: 'Chưa lưu: phần "Dịch vụ và giờ mở cửa" vừa được người khác thay đổi sau khi bạn mở. Bấm "Tải lại" để xem bản mới nhất rồi sửa lại.',
      issues: [],
      stale: true,
    });
    expect(outcomeWords(stale, 'en')).toEqual({
      ok: false,
      text: 'Not saved (revision conflict): someone else changed "Services and opening hours" after you opened it. Press "Reload" to see the latest version, then edit again.',
      issues: [],
      stale: true,
    });
    expect(outcomeWords({ place, kind: 'not-reloaded' }, 'en')).toMatchObject({
      text: 'Could not reload the configuration; try again.',
      stale: true,
    });
    expect(outcomeWords({ place, kind: 'reloaded' }, 'vi').text).toBe(
      'Đã tải lại cấu hình mới nhất. Hãy sửa lại phần cần thay đổi rồi lưu.',
    );
  });

  it('is worded when shown: the same refusal reads in the language switched to', () => {
    const refused: Outcome = {
      place,
      kind: 'refused',
      section: 'services',
      error: fail('bad-request', 'Cấu hình không hợp lệ (configuration refused)', [
        { path: 'services.0.prefix', message: 'tiền tố là 1 đến 3 chữ cái in hoa' },
      ]).error,
    };
    expect(outcomeWords(refused, 'vi')).toEqual({
      ok: false,
      text: 'Chưa lưu dịch vụ và giờ mở cửa: sửa các chỗ sau',
      issues: ['Dòng 1: tiền tố: tiền tố là 1 đến 3 chữ cái in hoa'],
      stale: false,
    });
    expect(outcomeWords(refused, 'en')).toEqual({
      ok: false,
      text: 'Services and opening hours not saved: fix the following',
      issues: ['Row 1: prefix: 1 to 3 capital letters'],
      stale: false,
    });
  });

  it('names rows and cells the screen refused before sending anything', () => {
    const rows: Outcome = {
      place,
      kind: 'rows',
      section: 'counters',
      entries: [{ id: 'quay-1', number: 1, name: 'Quầy 1', zone: 'tang-1', serviceIds: [] }],
    };
    expect(outcomeWords(rows, 'vi')).toMatchObject({
      text: 'Chưa lưu: sửa các dòng sau',
      issues: ['Dòng 1: cần nhập dịch vụ'],
    });
    expect(outcomeWords(rows, 'en')).toMatchObject({
      text: 'Not saved: fix these rows',
      issues: ['Row 1: enter the services'],
    });
    const cells: Outcome = {
      place,
      kind: 'cells',
      section: 'services',
      cells: [{ row: 0, key: 'serviceMinutes', problem: { kind: 'not-decimal' } }],
    };
    expect(outcomeWords(cells, 'en').issues).toEqual([
      'Row 1: minutes per ticket must be a number, e.g. 5 or 7,5',
    ]);
    expect(outcomeWords({ place, kind: 'not-json', reason: 'Unexpected end' }, 'en')).toEqual({
      ok: false,
      text: 'The content is not valid JSON',
      issues: ['Unexpected end'],
      stale: false,
    });
  });

  it('says why the configuration could not be read', () => {
    const refused = {
      kind: 'refused',
      message: 'Không kết nối được máy chủ (server unreachable)',
    } as const;
    expect(configReadProblemText(refused, 'vi')).toBe(
      'Không tải được cấu hình: Không kết nối được máy chủ (server unreachable)',
    );
    expect(configReadProblemText(refused, 'en')).toBe(
      'Could not load the configuration: Server unreachable',
    );
    expect(configReadProblemText({ kind: 'unreadable' }, 'en')).toBe(
      'The server sent a configuration that cannot be read.',
    );
  });
});
