import { fail, type Reply } from '@openops/protocol';
import { createLogger } from '@openops/protocol/logger';

const log = createLogger('queue');

/**
 * The answer to an action, once what it committed is on the disk: at once when nothing waits
 * for a flush, later when one does, and a coded failure when the disk refused it (the change
 * may not survive a power cut, so it is not confirmed).
 */
export const afterFlush = <T>(
  pending: Promise<void> | null,
  reply: Reply<T>,
): Reply<T> | Promise<Reply<T>> =>
  pending === null
    ? reply
    : pending.then(
        () => reply,
        (error: unknown) => {
          log.error('flush to disk failed', { error: (error as Error).message });
          return fail('internal', 'Không ghi được xuống đĩa, vui lòng thử lại (disk write failed)');
        },
      );
