import type { ApiCaller } from './supervisor-api';
import { fromServer, type Bilingual } from '../bilingual';

export type DownloadProgress = { received: number; total: number | null };

/**
 * Fetches an export with the session token and saves it under `fileName`, reporting bytes as
 * they arrive (the server sends `Content-Length`), so a month's workbook shows its progress.
 * Resolves to an error message in both languages (the server's own message as it is), or null
 * when the file was saved.
 */
export const downloadExport = async (
  api: ApiCaller,
  path: string,
  fileName: string,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Bilingual | null> => {
  let response: Response;
  try {
    response = await fetch(`${api.serverUrl}/api/v1${path}`, {
      headers: { authorization: `Bearer ${api.token}` },
    });
  } catch {
    return {
      vi: 'Không kết nối được máy chủ (server unreachable)',
      en: 'The server cannot be reached.',
    };
  }
  if (!response.ok || !response.body) {
    const body: unknown = await response.json().catch(() => null);
    const message =
      typeof body === 'object' && body !== null && 'error' in body
        ? String((body as { error: { message?: unknown } }).error.message)
        : `HTTP ${response.status}`;
    return fromServer(message);
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress({ received, total });
  }
  const blob = new Blob(chunks, {
    type: response.headers.get('content-type') ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The browser has taken the file once the click is handled; free the memory after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return null;
};
