import { describe, expect, it } from 'vitest';
import type { Ticket, TicketEvent } from '@openops/protocol';
import { noteOfTransferDetail, transferNotes } from './transfer-notes';

const ticket = (id: string): Ticket => ({
  id,
  number: 'A003',
  serviceId: 'chung-thuc',
  businessDay: '2026-11-27',
  sequence: 3,
  state: 'waiting',
  issuedAt: '2026-11-27T01:00:00.000Z',
  issuedBy: null,
  counterId: null,
  calledAt: null,
});

const event = (part: Partial<TicketEvent>): TicketEvent => ({
  type: 'called',
  actor: 'can-bo-1',
  counterId: 'quay-1',
  at: '2026-11-27T01:05:00.000Z',
  detail: null,
  ...part,
});

describe('transfer notes in a counter view', () => {
  it('reads the officer note after the destination', () => {
    expect(
      noteOfTransferDetail('→ dịch vụ chung-thuc, Quầy 3 — Cần chứng thực bản sao giấy khai sinh'),
    ).toBe('Cần chứng thực bản sao giấy khai sinh');
    expect(noteOfTransferDetail('→ Quầy 3')).toBeNull();
    expect(noteOfTransferDetail(null)).toBeNull();
  });

  it('gives the latest transfer of each transferred ticket, with where it came from', () => {
    const events: Record<string, TicketEvent[]> = {
      t1: [
        event({ type: 'issued', counterId: null }),
        event({ type: 'transferred', detail: '→ Quầy 2 — lần đầu' }),
        event({
          type: 'transferred',
          counterId: 'quay-2',
          at: '2026-11-27T01:20:00.000Z',
          detail: '→ dịch vụ chung-thuc, Quầy 3 — Cần chứng thực',
        }),
      ],
      t2: [event({ type: 'issued', counterId: null })],
    };
    expect(
      transferNotes(
        [ticket('t1'), ticket('t2')],
        (id) => events[id] ?? [],
        (id) => (id === 'quay-2' ? 'Quầy 2' : null),
      ),
    ).toEqual([
      {
        ticketId: 't1',
        fromCounterId: 'quay-2',
        fromCounterName: 'Quầy 2',
        at: '2026-11-27T01:20:00.000Z',
        note: 'Cần chứng thực',
      },
    ]);
  });
});
