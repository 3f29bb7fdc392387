import { useCallback, useState } from 'react';
import { counterReleaseSchema, type FloorCounter } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import { releaseOutcome } from './counter-release';

export type CounterRelease = {
  /** The counter whose release is being asked about; null when no dialog is open. */
  asking: string | null;
  busy: boolean;
  /** What the last release did, or why it was refused. */
  outcome: { text: string; refused: boolean } | null;
  ask: (counterId: string) => void;
  cancel: () => void;
  confirm: (counter: FloorCounter) => Promise<void>;
};

/** A supervisor's release of a counter its officer left held (`POST /counters/:id/release`). */
export const useCounterRelease = (api: ApiCaller): CounterRelease => {
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CounterRelease['outcome']>(null);

  const cancel = useCallback(() => setAsking(null), []);

  const confirm = async (counter: FloorCounter): Promise<void> => {
    setBusy(true);
    const reply = await callApi<unknown>(
      api,
      `/counters/${encodeURIComponent(counter.counterId)}/release`,
      { method: 'POST', body: {} },
    );
    setBusy(false);
    setAsking(null);
    if (!reply.ok) {
      setOutcome({
        text: `Chưa giải phóng được ${counter.name}: ${reply.error.message}`,
        refused: true,
      });
      return;
    }
    const parsed = counterReleaseSchema.safeParse(reply.data);
    setOutcome({
      // Released either way; only the list of tickets sent back could not be read.
      text: parsed.success
        ? releaseOutcome(counter.name, parsed.data.returned)
        : `Đã giải phóng ${counter.name}.`,
      refused: false,
    });
  };

  return {
    asking,
    busy,
    outcome,
    ask: (counterId) => {
      setOutcome(null);
      setAsking(counterId);
    },
    cancel,
    confirm,
  };
};
