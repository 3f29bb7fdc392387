import type { PrinterCondition } from './printer-driver';

export type StatusHistory = {
  /** Records that the printer answered a status request. */
  answered: () => void;
  /** The condition of a printer that did not answer this time. */
  whenSilent: () => PrinterCondition;
};

/**
 * Remembers whether a printer has ever answered `DLE EOT`. Some cheap printers never do: their
 * silence is normal and their condition stays `unknown`. A printer that has answered before
 * and is silent now has gone away behind a link that still looks alive (a network adapter
 * that accepts connections, a USB-serial cable left plugged), so it reads as offline.
 */
export const createStatusHistory = (): StatusHistory => {
  let everAnswered = false;
  return {
    answered: () => {
      everAnswered = true;
    },
    whenSilent: () =>
      everAnswered
        ? { state: 'disconnected', faults: ['offline'] }
        : { state: 'unknown', faults: [] },
  };
};
