import { describe, expect, it } from 'vitest';
import { counterActions } from './shortcuts';
import { phasesFor, ticketActionBlock } from './ticket-actions';

const called = { number: 'A002', phase: 'called' as const };
const serving = { number: 'A002', phase: 'serving' as const };

describe('actions allowed by the state of the ticket at the counter', () => {
  it('allows no action on a ticket while nobody is at the counter, and says to call first', () => {
    const onTicket = [
      'recall',
      'start',
      'finish',
      'no-show',
      'transfer',
      'return-to-queue',
    ] as const;
    for (const action of onTicket) {
      expect(ticketActionBlock(action, null, 'vi')).toBe(
        'Chưa có số nào ở quầy: gọi số trước (F1).',
      );
    }
    expect(ticketActionBlock('finish', null, 'en')).toBe(
      'No number is at the counter: call one first (F1).',
    );
  });

  it('allows everything on a called ticket', () => {
    for (const action of counterActions) expect(ticketActionBlock(action, called, 'vi')).toBeNull();
  });

  it('refuses recall, start and no-show while serving, as the server does', () => {
    expect(ticketActionBlock('recall', serving, 'vi')).toBe(
      'Số A002 đang được phục vụ: không thể gọi lại.',
    );
    expect(ticketActionBlock('start', serving, 'vi')).toBe(
      'Số A002 đang được phục vụ: không thể bắt đầu phục vụ lần nữa.',
    );
    expect(ticketActionBlock('no-show', serving, 'en')).toBe(
      'A002 is being served: it cannot be marked as a no-show.',
    );
    for (const action of ['finish', 'transfer', 'return-to-queue'] as const) {
      expect(ticketActionBlock(action, serving, 'vi')).toBeNull();
    }
  });

  it('leaves calls, dossiers, the pause and the key list to every state', () => {
    for (const action of [
      'call-next',
      'receive-dossier',
      'return-dossier',
      'pause',
      'help',
    ] as const) {
      expect(phasesFor(action)).toBeNull();
      expect(ticketActionBlock(action, null, 'vi')).toBeNull();
      expect(ticketActionBlock(action, serving, 'vi')).toBeNull();
    }
  });
});
