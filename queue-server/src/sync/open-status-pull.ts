export type OpenStatusPullDeps = {
  /** Open dossier codes after `after` in code order (from the first when null), at most `limit`. */
  openCodes: (limit: number, after: string | null) => string[];
  refreshStatus: (code: string) => Promise<'stored' | 'unknown' | 'unreachable'>;
  /** Dossiers refreshed per pull. */
  batch: number;
};

/**
 * The background status pull: each call refreshes the next `batch` open dossiers after the last
 * one refreshed, and starts over from the first once it reached the end, so every open dossier
 * is refreshed in turn however many there are. The cursor stays put when the backend cannot be
 * reached, so the next pull carries on where this one stopped; it lives in memory (a restart
 * starts from the first). Resolves to how many were refreshed.
 */
export const createOpenStatusPull = (deps: OpenStatusPullDeps): (() => Promise<number>) => {
  let after: string | null = null;
  let pulling = false;
  return async () => {
    if (pulling) return 0;
    pulling = true;
    try {
      const codes = deps.openCodes(deps.batch, after);
      let refreshed = 0;
      for (const code of codes) {
        if ((await deps.refreshStatus(code)) === 'unreachable') return refreshed;
        after = code;
        refreshed += 1;
      }
      if (codes.length < deps.batch) after = null;
      return refreshed;
    } finally {
      pulling = false;
    }
  };
};
