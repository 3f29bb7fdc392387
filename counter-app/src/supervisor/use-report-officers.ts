import { useEffect, useState } from 'react';
import { z } from 'zod';
import { reportOfficerSchema, type EditableConfig, type ReportOfficer } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';

const officersSchema = z.array(reportOfficerSchema);

/**
 * The officers a report can be narrowed to: the configured ones, then those removed whose
 * records still count (`GET /reports/officers`). Read again after each configuration change;
 * until the server answers (or if it cannot), the configured officers.
 */
export const useReportOfficers = (
  api: ApiCaller,
  config: EditableConfig | null,
): ReportOfficer[] => {
  const configured = (config?.officers ?? []).map(({ id, name }) => ({ id, name, removed: false }));
  const [known, setKnown] = useState<ReportOfficer[] | null>(null);
  useEffect(() => {
    let current = true;
    void callApi<unknown>(api, '/reports/officers').then((reply) => {
      const parsed = reply.ok ? officersSchema.safeParse(reply.data) : null;
      if (current && parsed?.success) setKnown(parsed.data);
    });
    return () => {
      current = false;
    };
  }, [api, config]);
  return known ?? configured;
};
