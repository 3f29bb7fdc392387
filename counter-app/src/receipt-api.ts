import { fail, type PrintJobRecord, type Reply } from '@openops/protocol';
import { linkFailures } from './link-failure-text';

const headersFor = (token: string | null): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};

/** The print job of a dossier's receipt on this counter's printer, or null while there is none. */
export const findReceiptJob = async (
  serverUrl: string,
  deviceId: string,
  dossierCode: string,
  token: string | null,
): Promise<PrintJobRecord | null> => {
  try {
    const response = await fetch(
      `${serverUrl}/api/v1/print-jobs?deviceId=${encodeURIComponent(deviceId)}&limit=50`,
      { headers: headersFor(token) },
    );
    const reply = (await response.json()) as Reply<PrintJobRecord[]>;
    if (!reply.ok) return null;
    return (
      reply.data.find(
        (job) =>
          job.document.kind === 'dossier-receipt' && job.document.dossierCode === dossierCode,
      ) ?? null
    );
  } catch {
    return null;
  }
};

/** The PNG of exactly what the printer was sent, as an object URL for an `<img>`. */
export const receiptPreviewUrl = async (
  serverUrl: string,
  jobId: string,
  token: string | null,
): Promise<string | null> => {
  try {
    const response = await fetch(
      `${serverUrl}/api/v1/print-jobs/${encodeURIComponent(jobId)}/preview.png`,
      { headers: headersFor(token) },
    );
    if (!response.ok) return null;
    return URL.createObjectURL(await response.blob());
  } catch {
    return null;
  }
};

/** Sends the receipt to the printer again (after paper was changed, a jam cleared…). */
export const reprintReceipt = async (
  serverUrl: string,
  jobId: string,
  token: string | null,
): Promise<Reply<PrintJobRecord>> => {
  try {
    const response = await fetch(
      `${serverUrl}/api/v1/print-jobs/${encodeURIComponent(jobId)}/reprint`,
      { method: 'POST', headers: headersFor(token) },
    );
    return (await response.json()) as Reply<PrintJobRecord>;
  } catch {
    return fail('internal', linkFailures.notDelivered.vi);
  }
};
