import { useCallback, useEffect, useState } from 'react';
import { parkedRecordSchema, type ParkedRecord } from '@openops/protocol';
import { parseList } from './parse-list';
import { callApi, type ApiCaller } from './supervisor-api';

/** How often the parked list is read again while records are parked. Default 10 s. */
export const parkedPollSeconds = 10;

/** Parked records listed at once; the floor's count says how many there are in all. */
const parkedShown = 20;

export type ParkedFeed = {
  parked: ParkedRecord[];
  /** Why the last reading failed; null once one succeeds. */
  problem: string | null;
  refresh: () => Promise<void>;
};

/**
 * The records OpenOPS refused, read while the floor's sync status counts any (`count`), and
 * again whenever that count changes; nothing is asked while none is parked.
 */
export const useParkedRecords = (api: ApiCaller, count: number): ParkedFeed => {
  const { serverUrl, token } = api;
  const [parked, setParked] = useState<ParkedRecord[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    const reply = await callApi<unknown>({ serverUrl, token }, `/sync/parked?limit=${parkedShown}`);
    if (!reply.ok) {
      setProblem(reply.error.message);
      return;
    }
    setParked(parseList(parkedRecordSchema, reply.data));
    setProblem(null);
  }, [serverUrl, token]);

  useEffect(() => {
    if (count === 0) {
      setParked([]);
      return undefined;
    }
    void refresh();
    const timer = setInterval(() => void refresh(), parkedPollSeconds * 1000);
    return () => clearInterval(timer);
  }, [refresh, count]);

  return { parked, problem, refresh };
};
