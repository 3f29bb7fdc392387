/** How many recent print requests an agent remembers. Default 200 (a busy kiosk's hour). */
export const jobLedgerSize = 200;

export type JobLedger<V> = {
  /**
   * The entry recorded under `key`, or a new one made by `create` and recorded; `repeated`
   * says which. The oldest entries are forgotten beyond the ledger's size.
   */
  entry: (key: string, create: () => V) => { value: V; repeated: boolean };
};

/**
 * A bounded record of the print requests an agent has taken, so a request the server sends
 * again after a dropped link (it cannot know the agent printed it) is answered from the record
 * instead of printing a second copy.
 */
export const createJobLedger = <V>(size = jobLedgerSize): JobLedger<V> => {
  const entries = new Map<string, V>();
  return {
    entry: (key, create) => {
      const known = entries.get(key);
      if (known !== undefined) return { value: known, repeated: true };
      const value = create();
      entries.set(key, value);
      // A Map iterates in insertion order: the first key is the oldest.
      for (const oldest of entries.keys()) {
        if (entries.size <= size) break;
        entries.delete(oldest);
      }
      return { value, repeated: false };
    },
  };
};
