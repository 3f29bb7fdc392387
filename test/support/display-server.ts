import type { QueueServerProcess } from './queue-server-process';
import { startServerWithEditedCentre, withOverrides } from './edited-centre';

/** Optional display fields the display tests set on the demo centre's displays. */
export type DisplayOverrides = Record<string, Record<string, unknown>>;

/** Starts the real queue server on the demo centre with some displays' fields changed (notice, layout). */
export const startServerWithDisplays = (overrides: DisplayOverrides): Promise<QueueServerProcess> =>
  startServerWithEditedCentre((config) => {
    config.displays = withOverrides(config.displays, overrides);
  }, 'queue-server-display');
