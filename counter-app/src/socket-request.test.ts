import { lateActionLimitMs } from '@openops/protocol';
import { describe, expect, it, vi } from 'vitest';
import { replyTimeoutMs, requestReply, requestTimedAction } from './socket-request';

type Events = { 'counter:call-next': (body: unknown, ack: (reply: unknown) => void) => void };

const socketAnswering = (connected: boolean) => {
  const emit = vi.fn(
    (_event: string, _body: unknown, ack: (error: Error | null, reply: unknown) => void) =>
      ack(null, { ok: true, data: 'A001' }),
  );
  return { connected, emit, timeout: vi.fn(() => ({ emit })) };
};

describe('requestReply', () => {
  it('sends the event and resolves with its answer', async () => {
    const socket = socketAnswering(true);
    const reply = await requestReply<Events, 'counter:call-next'>(socket, 'counter:call-next', {});
    expect(reply).toEqual({ ok: true, data: 'A001' });
    expect(socket.emit).toHaveBeenCalledTimes(1);
  });

  it('on no answer, warns that the action may still happen rather than asking to retry', async () => {
    const emit = vi.fn(
      (_event: string, _body: unknown, ack: (error: Error | null, reply: unknown) => void) =>
        ack(new Error('operation has timed out'), undefined),
    );
    const socket = { connected: true, emit, timeout: vi.fn(() => ({ emit })) };
    const reply = await requestReply<Events, 'counter:call-next'>(socket, 'counter:call-next', {});
    expect(reply.ok ? '' : reply.error.message).toContain('xem lại số đang phục vụ');
  });

  it('sends nothing while disconnected: socket.io would deliver it on reconnecting', async () => {
    const socket = socketAnswering(false);
    const reply = await requestReply<Events, 'counter:call-next'>(socket, 'counter:call-next', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(reply.ok ? '' : reply.error.message).toContain('thao tác chưa được gửi');
    expect(socket.timeout).not.toHaveBeenCalled();
    expect(socket.emit).not.toHaveBeenCalled();
  });
});

describe('requestTimedAction', () => {
  it('stamps the action with the moment it is sent', async () => {
    const socket = socketAnswering(true);
    await requestTimedAction<Events, 'counter:call-next'>(
      socket,
      'counter:call-next',
      { counterId: 'quay-1' },
      () => 1234.5,
    );
    expect(socket.emit.mock.calls[0]?.[1]).toEqual({ counterId: 'quay-1', sentAt: 1234.5 });
  });

  it('gives up waiting only after the server stops carrying the action out', async () => {
    // Otherwise an action could still land after the officer was told it got no answer.
    expect(replyTimeoutMs).toBeGreaterThan(lateActionLimitMs + 1_000);
    const emit = vi.fn(
      (_event: string, _body: unknown, ack: (error: Error | null, reply: unknown) => void) =>
        ack(new Error('operation has timed out'), undefined),
    );
    const socket = { connected: true, emit, timeout: vi.fn(() => ({ emit })) };
    const reply = await requestTimedAction<Events, 'counter:call-next'>(
      socket,
      'counter:call-next',
      { counterId: 'quay-1' },
    );
    expect(reply.ok ? '' : reply.error.message).toContain('có thể đã được thực hiện hoặc chưa');
  });
});
