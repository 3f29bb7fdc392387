import { describe, expect, it } from 'vitest';
import type { FloorCounter, Ticket } from '@openops/protocol';
import { isReleasable, releaseOutcome, releaseQuestion } from './counter-release';

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

const ticket = (number: string): Ticket => ({
  id: number,
  number,
  serviceId: 'ho-tich',
  businessDay: '2026-11-27',
  sequence: 9,
  state: 'waiting',
  issuedAt: '2026-11-27T01:00:00.000Z',
  issuedBy: null,
  counterId: null,
  calledAt: null,
});

describe('releasing a counter', () => {
  it('is offered for a counter open or paused and held by an officer', () => {
    expect(isReleasable(counter({}))).toBe(true);
    expect(isReleasable(counter({ state: 'paused' }))).toBe(true);
    expect(isReleasable(counter({ state: 'closed', officerId: null }))).toBe(false);
    expect(isReleasable(counter({ officerId: null, officerName: null }))).toBe(false);
  });

  it('names the officer and the ticket going back to the queue before asking', () => {
    expect(releaseQuestion(counter({}))).toEqual({
      title: 'Giải phóng Quầy 1?',
      lines: [
        'Quầy 1 đang mở, do cán bộ Nguyễn Văn An giữ.',
        'Số A009 (đang phục vụ) sẽ trở lại hàng chờ, ở đúng vị trí cũ.',
        'Quầy 1 sẽ đóng để cán bộ khác mở được.',
      ],
    });
    expect(releaseQuestion(counter({ state: 'paused', current: null })).lines.slice(0, 2)).toEqual([
      'Quầy 1 đang tạm dừng, do cán bộ Nguyễn Văn An giữ.',
      'Không có số nào đang ở quầy.',
    ]);
  });

  it('says what happened', () => {
    expect(releaseOutcome('Quầy 1', [ticket('A009')])).toBe(
      'Đã giải phóng Quầy 1; số A009 trở lại hàng chờ.',
    );
    expect(releaseOutcome('Quầy 1', [ticket('A009'), ticket('B002')])).toBe(
      'Đã giải phóng Quầy 1; các số A009, B002 trở lại hàng chờ.',
    );
    expect(releaseOutcome('Quầy 2', [])).toBe(
      'Đã giải phóng Quầy 2; không có số nào phải trả lại hàng chờ.',
    );
  });
});
