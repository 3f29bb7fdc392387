import type { QueueServerProcess } from './queue-server-process';
import { startServerWithEditedCentre, withOverrides } from './edited-centre';

/** Starts the real queue server on the demo centre with some services changed (a daily limit, opening hours). */
export const startKioskServerWith = (
  serviceOverrides: Record<string, Record<string, unknown>>,
): Promise<QueueServerProcess> =>
  startServerWithEditedCentre((config) => {
    config.services = withOverrides(config.services, serviceOverrides);
  }, 'queue-server-kiosk');
