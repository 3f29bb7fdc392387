import { describe, expect, it } from 'vitest';
import type { Officer } from '@openops/protocol';
import type { HeldCounter } from '../config/day-holds';
import {
  officersHoldingCounters,
  prefixesReusedToday,
  servicesLeftUncalled,
  servicesWithBookings,
} from './config-in-use-refusals';

type OfficerRow = Pick<Officer, 'id' | 'name' | 'counterIds' | 'disabled'>;

const counters = [
  { id: 'quay-1', name: 'Quầy 1', serviceIds: ['ho-tich'] },
  { id: 'quay-2', name: 'Quầy 2', serviceIds: ['ho-tich', 'chung-thuc'] },
];
const binh: OfficerRow = { id: 'can-bo-2', name: 'Lê Thị Bình' };
const an: OfficerRow = { id: 'can-bo-1', name: 'Nguyễn Văn An', counterIds: ['quay-1'] };
const holdsQuay2: HeldCounter = { counterId: 'quay-2', holder: 'can-bo-2', state: 'open' };

describe('officersHoldingCounters', () => {
  const refused: Array<{
    name: string;
    after: OfficerRow[];
    held?: HeldCounter;
    path: string;
    words: string[];
  }> = [
    {
      name: 'removing the holder',
      after: [an],
      path: 'can-bo-2',
      words: ['Lê Thị Bình (can-bo-2) giữ Quầy 2, đang mở', 'bị xoá'],
    },
    {
      name: 'disabling the holder',
      after: [an, { ...binh, disabled: true }],
      path: '1.disabled',
      words: ['Lê Thị Bình (can-bo-2) giữ Quầy 2', 'bị khoá'],
    },
    {
      name: 'assigning the holder to other counters only',
      after: [{ ...binh, counterIds: ['quay-1'] }, an],
      path: '0.counterIds',
      words: ['không còn được phân công Quầy 2'],
    },
    {
      name: 'disabling the holder of a paused counter',
      after: [an, { ...binh, disabled: true }],
      held: { ...holdsQuay2, state: 'paused' },
      path: '1.disabled',
      words: ['giữ Quầy 2, đang tạm dừng'],
    },
  ];
  it.each(refused)('refuses $name', ({ after, held = holdsQuay2, path, words }) => {
    const reply = officersHoldingCounters([an, binh], after, [held], counters);
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!reply || reply.ok) throw new Error('expected a refusal');
    expect(reply.error.message).toMatch(/^Không sửa được tài khoản cán bộ đang giữ quầy/);
    expect(reply.error.message).toMatch(/\(An officer holding a counter .*\)$/);
    expect(reply.error.issues?.map((issue) => issue.path)).toEqual([path]);
    words.forEach((word) => expect(reply.error.issues?.[0]?.message).toContain(word));
  });

  const accepted: Array<{
    name: string;
    before?: OfficerRow[];
    after: OfficerRow[];
    held: HeldCounter[];
  }> = [
    { name: 'nobody holds a counter', after: [an], held: [] },
    {
      name: 'the holder is renamed and keeps the counter',
      after: [an, { ...binh, name: 'Lê Thị Bình Minh', counterIds: ['quay-2', 'quay-1'] }],
      held: [holdsQuay2],
    },
    {
      name: 'another officer is disabled or removed',
      after: [binh],
      held: [holdsQuay2],
    },
    {
      name: 'a counter PC, not an officer, holds the counter',
      after: [an],
      held: [{ counterId: 'quay-2', holder: 'counter-pc-2', state: 'open' }],
    },
    {
      name: 'the holder could not work the counter before the edit either',
      before: [an, { ...binh, disabled: true }],
      after: [an, { ...binh, disabled: true, name: 'Bình' }],
      held: [holdsQuay2],
    },
  ];
  it.each(accepted)('accepts the edit when $name', ({ before = [an, binh], after, held }) => {
    expect(officersHoldingCounters(before, after, held, counters)).toBeNull();
  });

  it('names every holder the edit touches, one issue each', () => {
    const reply = officersHoldingCounters(
      [an, binh],
      [],
      [holdsQuay2, { counterId: 'quay-1', holder: 'can-bo-1', state: 'paused' }],
      counters,
    );
    if (!reply || reply.ok) throw new Error('expected a refusal');
    expect(reply.error.issues?.map((issue) => issue.path)).toEqual(['can-bo-2', 'can-bo-1']);
    expect(reply.error.message).toContain('Nguyễn Văn An (can-bo-1) giữ Quầy 1, đang tạm dừng');
  });
});

describe('servicesLeftUncalled', () => {
  const services = [
    { id: 'ho-tich', name: 'Hộ tịch' },
    { id: 'chung-thuc', name: 'Chứng thực' },
  ];
  const cases: Array<{
    name: string;
    after: Array<{ serviceIds: string[] }>;
    waiting: Array<[string, number]>;
    refused: string | null;
  }> = [
    {
      name: 'a waiting service taken off its only counter',
      after: [counters[0] ?? { serviceIds: [] }, { serviceIds: ['ho-tich'] }],
      waiting: [['chung-thuc', 3]],
      refused: 'Chứng thực (3 số đang chờ)',
    },
    {
      name: 'the last counter of a waiting service deleted',
      after: [{ serviceIds: ['chung-thuc'] }],
      waiting: [['ho-tich', 1]],
      refused: 'Hộ tịch (1 số đang chờ)',
    },
    {
      name: 'a waiting service taken off one counter but kept on another',
      after: [{ serviceIds: ['ho-tich'] }, { serviceIds: ['ho-tich'] }],
      waiting: [['ho-tich', 5]],
      refused: null,
    },
    {
      name: 'a service nobody waits for taken off every counter',
      after: [{ serviceIds: ['ho-tich'] }],
      waiting: [['ho-tich', 2]],
      refused: null,
    },
    {
      name: 'a service no counter served before',
      after: [{ serviceIds: ['ho-tich'] }],
      waiting: [['tra-ket-qua', 4]],
      refused: null,
    },
  ];
  it.each(cases)('$name: $refused', ({ after, waiting, refused }) => {
    const reply = servicesLeftUncalled(services, counters, after, new Map(waiting));
    if (refused === null) {
      expect(reply).toBeNull();
      return;
    }
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = reply && !reply.ok ? reply.error.message : '';
    expect(message).toMatch(/^Không bỏ được dịch vụ khỏi mọi quầy khi còn công dân chờ/);
    expect(message).toContain(refused);
    expect(message).toMatch(/\(A service with tickets waiting today .*\)$/);
  });
});

describe('servicesWithBookings', () => {
  const before = [
    { id: 'ho-tich', name: 'Hộ tịch' },
    { id: 'dat-dai', name: 'Đất đai – Xây dựng' },
  ];
  const cases: Array<{
    name: string;
    after: Array<{ id: string }>;
    booked: Array<[string, number]>;
    refused: string | null;
  }> = [
    {
      name: 'a booked service deleted',
      after: [{ id: 'ho-tich' }],
      booked: [['dat-dai', 2]],
      refused: 'Đất đai – Xây dựng (2 lịch hẹn chưa đến)',
    },
    {
      name: 'a booked service kept while another is deleted',
      after: [{ id: 'dat-dai' }],
      booked: [['dat-dai', 2]],
      refused: null,
    },
    {
      name: 'a service without bookings deleted',
      after: [],
      booked: [],
      refused: null,
    },
  ];
  it.each(cases)('$name: $refused', ({ after, booked, refused }) => {
    const reply = servicesWithBookings(before, after, new Map(booked));
    if (refused === null) {
      expect(reply).toBeNull();
      return;
    }
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = reply && !reply.ok ? reply.error.message : '';
    expect(message).toMatch(/^Không xoá được dịch vụ còn lịch hẹn/);
    expect(message).toContain(refused);
    expect(message).toMatch(/\(A service with booked appointments cannot be removed\.\)$/);
  });
});

describe('prefixesReusedToday', () => {
  const before = [
    { id: 'ho-tich', name: 'Hộ tịch', prefix: 'A' },
    { id: 'chung-thuc', name: 'Chứng thực', prefix: 'B' },
  ];
  // Hộ tịch issued A001–A004 this morning, then was moved to F.
  const issued = [
    { serviceId: 'ho-tich', prefix: 'A' },
    { serviceId: 'chung-thuc', prefix: 'B' },
  ];
  const cases: Array<{
    name: string;
    from?: typeof before;
    after: typeof before;
    refused: string | null;
  }> = [
    {
      name: "another service's prefix of today, freed by a change",
      after: [
        { id: 'ho-tich', name: 'Hộ tịch', prefix: 'F' },
        { id: 'chung-thuc', name: 'Chứng thực', prefix: 'A' },
      ],
      refused: 'Chứng thực (A)',
    },
    {
      name: "a new service under today's prefix",
      after: [...before, { id: 'tu-phap', name: 'Tư pháp', prefix: 'B' }],
      refused: 'Tư pháp (B)',
    },
    {
      name: 'a prefix nobody used today',
      after: [
        { id: 'ho-tich', name: 'Hộ tịch', prefix: 'F' },
        { id: 'chung-thuc', name: 'Chứng thực', prefix: 'B' },
      ],
      refused: null,
    },
    {
      name: 'a service back to its own prefix of today',
      from: [{ id: 'ho-tich', name: 'Hộ tịch', prefix: 'F' }],
      after: [{ id: 'ho-tich', name: 'Hộ tịch', prefix: 'A' }],
      refused: null,
    },
  ];
  it.each(cases)('$name: $refused', ({ from = before, after, refused }) => {
    const reply = prefixesReusedToday(from, after, issued);
    if (refused === null) {
      expect(reply).toBeNull();
      return;
    }
    expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = reply && !reply.ok ? reply.error.message : '';
    expect(message).toMatch(/^Ký hiệu đã dùng cho số của dịch vụ khác trong hôm nay/);
    expect(message).toContain(refused);
  });
});
