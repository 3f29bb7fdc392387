import type { z } from 'zod';
import { fail, parseInput, type Reply } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';

const log = createLogger('socket');

/**
 * Wraps a socket event handler: parses the payload with its schema, answers a coded
 * envelope on bad input, and never lets a thrown error escape to crash the server.
 * Events sent without an ack callback are dropped with a log line.
 */
export const validated =
  <S extends z.ZodType, T>(
    event: string,
    schema: S,
    handle: (body: z.infer<S>) => Reply<T> | Promise<Reply<T>>,
  ) =>
  async (body: unknown, ack: unknown): Promise<void> => {
    if (typeof ack !== 'function') {
      log.warn('event without acknowledgement callback dropped', { event });
      return;
    }
    const reply = ack as (reply: Reply<T>) => void;
    const parsed = parseInput(schema, body);
    if (!parsed.ok) {
      reply(parsed);
      return;
    }
    try {
      const answer = handle(parsed.value);
      // A synchronous answer goes out at once rather than a microtask turn later.
      reply(answer instanceof Promise ? await answer : answer);
    } catch (error) {
      log.error('handler failed', { event, error: (error as Error).message });
      reply(fail('internal', 'Lỗi máy chủ, vui lòng thử lại'));
    }
  };
