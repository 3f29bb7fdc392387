import { useCallback, useEffect, useState } from 'react';
import {
  parkedRecordSchema,
  syncStatusSchema,
  type ParkedRecord,
  type SyncStatus,
} from '@openops/protocol';
import { parseList } from './parse-list';
import { callApi, type ApiCaller } from './supervisor-api';

/** How often the floor asks how sync is doing. Default 10 s. */
export const syncPollSeconds = 10;

/** Parked records listed at once; the count above says how many there are in all. */
const parkedShown = 20;

export type SyncFeed = {
  status: SyncStatus | null;
  parked: ParkedRecord[];
  /** Why the last reading failed; null once one succeeds. */
  problem: string | null;
  refresh: () => Promise<void>;
};

/** The sync status and parked records, read now and every `syncPollSeconds`. */
export const useSyncStatus = (api: ApiCaller): SyncFeed => {
  const { serverUrl, token } = api;
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [parked, setParked] = useState<ParkedRecord[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async (): Promise<void> => {
    const caller = { serverUrl, token };
    const [statusReply, parkedReply] = await Promise.all([
      callApi<unknown>(caller, '/sync/status'),
      callApi<unknown>(caller, `/sync/parked?limit=${parkedShown}`),
    ]);
    if (!statusReply.ok) {
      setProblem(statusReply.error.message);
      return;
    }
    const readStatus = syncStatusSchema.safeParse(statusReply.data);
    if (!readStatus.success) {
      setProblem('Máy chủ trả lời không đúng dạng (unexpected answer)');
      return;
    }
    setStatus(readStatus.data);
    setParked(parseList(parkedRecordSchema, parkedReply.ok ? parkedReply.data : []));
    setProblem(null);
  }, [serverUrl, token]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), syncPollSeconds * 1000);
    return () => clearInterval(timer);
  }, [refresh]);

  return { status, parked, problem, refresh };
};
