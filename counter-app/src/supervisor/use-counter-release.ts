import { useCallback, useState } from 'react';
import { counterReleaseSchema, type FloorCounter } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import type { ReleaseOutcome } from './counter-release';

export type CounterRelease = {
  /** The counter whose release is being asked about; null when no dialog is open. */
  asking: string | null;
  busy: boolean;
  /** What the last release did, or why it was refused; worded where it is shown. */
  outcome: ReleaseOutcome | null;
  ask: (counterId: string) => void;
  cancel: () => void;
  confirm: (counter: FloorCounter) => Promise<void>;
};

/** A supervisor's release of a counter its officer left held (`POST /counters/:id/release`). */
export const useCounterRelease = (api: ApiCaller): CounterRelease => {
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReleaseOutcome | null>(null);

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
    const counterName = counter.name;
    if (!reply.ok) {
      setOutcome({ refused: true, counterName, reason: reply.error.message });
      return;
    }
    const parsed = counterReleaseSchema.safeParse(reply.data);
    setOutcome({
      refused: false,
      counterName,
      // Released either way; only the list of tickets sent back could not be read.
      returned: parsed.success ? parsed.data.returned.map((ticket) => ticket.number) : null,
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
