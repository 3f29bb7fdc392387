import type { z } from 'zod';

/** Parses a list from `unknown`, keeping only entries that match (a malformed one is dropped). */
export const parseList = <T extends z.ZodType>(schema: T, data: unknown): Array<z.infer<T>> =>
  Array.isArray(data)
    ? data.flatMap((entry: unknown) => {
        const parsed = schema.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
