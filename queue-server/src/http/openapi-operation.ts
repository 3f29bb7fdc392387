import type { z } from 'zod';
import type { AnyRole } from '@openops/protocol';

/** A success body sent as is, by media type: its schema, or `binary` for bytes (an image, a workbook). */
type RawBody = Readonly<Record<string, z.ZodType | 'binary'>>;

/** One v1 route as the document describes it. */
export type Operation = {
  method: 'get' | 'post' | 'put' | 'delete';
  /** The path under `/api/v1`, `{param}` where Express has `:param`. */
  path: string;
  summary: string;
  /** Roles allowed; empty for public routes. */
  roles: readonly AnyRole[];
  /**
   * Officers' sessions only (`requireOfficer`): a paired device is refused, 403, even when it
   * holds a listed role (a counter PC holds `counter`). Default false.
   */
  officerSession?: boolean;
  /** The schema the route parses `request.query` with; absent when it reads no query. */
  query?: z.ZodObject;
  /** The JSON body the route parses; absent when it reads none. */
  body?: z.ZodType;
  /** Success status; default 200. */
  success?: number;
  /** A second success status with the same body, and when it answers; default none. */
  alsoSuccess?: { status: number; description: string };
} & (
  | {
      /** The success envelope's `data`. */
      data: z.ZodType;
      raw?: never;
    }
  | {
      /** A success body that is not an envelope (a file, an image, this document). */
      raw: RawBody;
      data?: never;
    }
);
