import { describe, expect, it } from 'vitest';
import type { FloorCounter } from '@openops/protocol';
import { isReleasable, releaseOutcomeText, releaseQuestion } from './counter-release';

const counter = (part: Partial<FloorCounter>): FloorCounter => ({
  counterId: 'quay-1',
  number: 1,
  name: 'Quầy 1',
  zone: 'tang-1',
  state: 'open',
  reason: null,
  officerId: 'can-bo-1',
  officerName: 'Nguyễn Văn An',
  current: {
    ticketId: 't9',
    number: 'A009',
    serviceId: 'ho-tich',
    state: 'serving',
    since: '2026-11-27T02:00:00.000Z',
  },
  ...part,
});

describe('releasing a counter', () => {
  it('is offered for a counter open or paused and held by an officer', () => {
    expect(isReleasable(counter({}))).toBe(true);
    expect(isReleasable(counter({ state: 'paused' }))).toBe(true);
    expect(isReleasable(counter({ state: 'closed', officerId: null }))).toBe(false);
    expect(isReleasable(counter({ officerId: null, officerName: null }))).toBe(false);
  });

  it('names the officer and the ticket going back to the queue before asking', () => {
    expect(releaseQuestion(counter({}), 'vi')).toEqual({
      title: 'Giải phóng Quầy 1?',
      lines: [
        'Quầy 1 đang mở, do cán bộ Nguyễn Văn An giữ.',
        'Số A009 (đang phục vụ) sẽ trở lại hàng chờ, ở đúng vị trí cũ.',
        'Quầy 1 sẽ đóng để cán bộ khác mở được.',
      ],
    });
    expect(
      releaseQuestion(counter({ state: 'paused', current: null }), 'vi').lines.slice(0, 2),
    ).toEqual([
      'Quầy 1 đang tạm dừng, do cán bộ Nguyễn Văn An giữ.',
      'Không có số nào đang ở quầy.',
    ]);
  });

  it('asks the same in English', () => {
    expect(releaseQuestion(counter({}), 'en')).toEqual({
      title: 'Release Quầy 1?',
      lines: [
        'Quầy 1 is open, held by officer Nguyễn Văn An.',
        'Ticket A009 (being served) will go back to the queue, in its old place.',
        'Quầy 1 will close so that another officer can open it.',
      ],
    });
    expect(
      releaseQuestion(
        counter({ state: 'paused', current: null, officerName: null, officerId: null }),
        'en',
      ).lines.slice(0, 2),
    ).toEqual(['Quầy 1 is paused, held by an unknown officer.', 'No ticket is at the counter.']);
  });

  it('says what happened', () => {
    const released = (counterName: string, returned: string[] | null) => ({
      refused: false as const,
      counterName,
      returned,
    });
    expect(releaseOutcomeText(released('Quầy 1', ['A009']), 'vi')).toBe(
      'Đã giải phóng Quầy 1; số A009 trở lại hàng chờ.',
    );
    expect(releaseOutcomeText(released('Quầy 1', ['A009', 'B002']), 'vi')).toBe(
      'Đã giải phóng Quầy 1; các số A009, B002 trở lại hàng chờ.',
    );
    expect(releaseOutcomeText(released('Quầy 2', []), 'vi')).toBe(
      'Đã giải phóng Quầy 2; không có số nào phải trả lại hàng chờ.',
    );
    expect(releaseOutcomeText(released('Quầy 2', null), 'vi')).toBe('Đã giải phóng Quầy 2.');
    expect(releaseOutcomeText(released('Quầy 1', ['A009']), 'en')).toBe(
      'Released Quầy 1; ticket A009 is back in the queue.',
    );
    expect(releaseOutcomeText(released('Quầy 1', ['A009', 'B002']), 'en')).toBe(
      'Released Quầy 1; tickets A009, B002 are back in the queue.',
    );
    expect(releaseOutcomeText(released('Quầy 2', []), 'en')).toBe(
      'Released Quầy 2; no ticket had to go back to the queue.',
    );
    expect(releaseOutcomeText(released('Quầy 2', null), 'en')).toBe('Released Quầy 2.');
  });

  it("gives the server's reason for a refusal", () => {
    const refused = { refused: true as const, counterName: 'Quầy 3', reason: 'Quầy đã đóng' };
    expect(releaseOutcomeText(refused, 'vi')).toBe('Chưa giải phóng được Quầy 3: Quầy đã đóng');
    expect(releaseOutcomeText(refused, 'en')).toBe('Could not release Quầy 3: Quầy đã đóng');
  });
});
