import { describe, expect, it } from 'vitest';
import { callsKeptFor, type Call, type Counter } from '@openops/protocol';
import { callsAtCounters, callsByCounter, withCall } from './call-board';

const call = (ticketNumber: string, counterId = 'quay-1', recall = false): Call => ({
  ticketId: `t-${ticketNumber}`,
  ticketNumber,
  serviceId: 'ho-tich',
  counterId,
  counterNumber: 1,
  counterName: 'Quầy 1',
  calledAt: '2026-11-26T02:00:00.000Z',
  recall,
});

const counter = (id: string): Counter => ({
  id,
  number: 1,
  name: id,
  serviceIds: ['ho-tich'],
  zone: 'tang-1',
});

describe('withCall', () => {
  it('keeps the newest first and stays bounded however many calls arrive', () => {
    let calls: Call[] = [];
    for (let index = 1; index <= 500; index += 1) {
      calls = withCall(calls, call(`A${String(index).padStart(3, '0')}`), 20);
    }
    expect(calls).toHaveLength(20);
    expect(calls[0]?.ticketNumber).toBe('A500');
    expect(calls[19]?.ticketNumber).toBe('A481');
  });

  it('moves a recalled ticket back to the front without listing it twice', () => {
    const calls = withCall([call('A002'), call('A001')], call('A001', 'quay-1', true), 20);
    expect(calls.map((entry) => [entry.ticketNumber, entry.recall])).toEqual([
      ['A001', true],
      ['A002', false],
    ]);
  });
});

describe('callsByCounter', () => {
  it('lists each counter’s latest calls, newest first, up to the layout’s count', () => {
    const calls = [call('A004', 'quay-2'), call('A003'), call('A002'), call('A001')];
    const board = callsByCounter(calls, [counter('quay-1'), counter('quay-2')], 2);
    expect(board.map((row) => row.calls.map((entry) => entry.ticketNumber))).toEqual([
      ['A003', 'A002'],
      ['A004'],
    ]);
  });

  it('keeps enough calls for every counter’s list', () => {
    expect(callsKeptFor(4, 3)).toBe(20);
    expect(callsKeptFor(30, 3)).toBe(91);
  });
});

describe('callsAtCounters', () => {
  it('keeps only the calls of the display’s counters, the same list when all are', () => {
    const calls = [call('B001', 'quay-3'), call('A002'), call('A001')];
    expect(callsAtCounters(calls, [counter('quay-1')]).map((entry) => entry.ticketNumber)).toEqual([
      'A002',
      'A001',
    ]);
    expect(callsAtCounters(calls, [counter('quay-1'), counter('quay-3')])).toBe(calls);
  });
});
