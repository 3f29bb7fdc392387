import { useCallback, useEffect, useState } from 'react';
import { editableConfigSchema, type EditableConfig } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import type { ConfigReadProblem } from './config-outcome-text';

export type EditableConfigFeed = {
  /** The configuration as last read or saved, with each section's revision; null until read. */
  config: EditableConfig | null;
  /** Why the last read failed, worded where shown (`configReadProblemText`); null after a good one. */
  problem: ConfigReadProblem | null;
  /** Reads it again (`GET /config`); resolves to whether it was read. */
  reload: () => Promise<boolean>;
  /** Takes the configuration a save answered, revisions included. */
  replace: (config: EditableConfig) => void;
};

/**
 * The centre's editable configuration for the supervisor's screens: read at sign-in, replaced
 * by what each save answers, and read again on request (another supervisor saved meanwhile).
 */
export const useEditableConfig = ({ serverUrl, token }: ApiCaller): EditableConfigFeed => {
  const [config, setConfig] = useState<EditableConfig | null>(null);
  const [problem, setProblem] = useState<ConfigReadProblem | null>(null);

  const reload = useCallback(async (): Promise<boolean> => {
    const reply = await callApi<unknown>({ serverUrl, token }, '/config');
    if (!reply.ok) {
      setProblem({ kind: 'refused', message: reply.error.message });
      return false;
    }
    const parsed = editableConfigSchema.safeParse(reply.data);
    if (!parsed.success) {
      setProblem({ kind: 'unreadable' });
      return false;
    }
    setProblem(null);
    setConfig(parsed.data);
    return true;
  }, [serverUrl, token]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { config, problem, reload, replace: setConfig };
};
