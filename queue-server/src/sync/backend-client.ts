import { backendReplySchema, type BackendErrorCode } from '@openops/protocol';
import { describeFetchError, type DeliveryOutcome, type HttpFetch } from './delivery-outcome';

export type BackendTarget = { id: string; url: string; key: string };

export type BackendRequest = {
  target: BackendTarget;
  method: 'POST' | 'GET';
  path: string;
  idempotencyKey: string | null;
  body: unknown;
  timeoutMs: number;
  agencyCode: string;
  /** Aborts the request early, e.g. when the server shuts down; it is then retried later. */
  signal?: AbortSignal;
};

const signalFor = (request: { timeoutMs: number; signal?: AbortSignal }): AbortSignal =>
  request.signal
    ? AbortSignal.any([AbortSignal.timeout(request.timeoutMs), request.signal])
    : AbortSignal.timeout(request.timeoutMs);

export const headersFor = (request: BackendRequest): Record<string, string> => ({
  authorization: `Bearer ${request.target.key}`,
  'x-openops-centre': request.agencyCode,
  accept: 'application/json',
  ...(request.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
  ...(request.idempotencyKey ? { 'idempotency-key': request.idempotencyKey } : {}),
});

const joinUrl = (base: string, path: string): string => `${base.replace(/\/+$/, '')}${path}`;

/** Retry rule per backend error code (docs/sync-contract.md, "Errors and retries"). */
const isPermanent = (code: BackendErrorCode): boolean =>
  code === 'bad-request' || code === 'conflict';

/** Sends one record and classifies the answer. Never throws. */
export const deliverToBackend = async (
  fetchImpl: HttpFetch,
  request: BackendRequest,
): Promise<DeliveryOutcome> => {
  let response: Response;
  try {
    response = await fetchImpl(joinUrl(request.target.url, request.path), {
      method: request.method,
      headers: headersFor(request),
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: signalFor(request),
    });
  } catch (error) {
    return { kind: 'retry', reason: `${request.target.id}: ${describeFetchError(error)}` };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    return {
      kind: 'retry',
      reason: `${request.target.id}: HTTP ${response.status}, ${describeFetchError(error)}`,
    };
  }
  const reply = backendReplySchema.safeParse(json);
  if (!reply.success) {
    return {
      kind: 'retry',
      reason: `${request.target.id}: HTTP ${response.status}, unreadable reply`,
    };
  }
  if (reply.data.ok) return { kind: 'delivered', duplicate: reply.data.data.duplicate };
  const { code, message } = reply.data.error;
  const reason = `${request.target.id}: ${code}: ${message}`;
  return isPermanent(code) ? { kind: 'reject', reason } : { kind: 'retry', reason };
};

/** GETs and returns the reply's data, or null with the reason when there is none. */
export const fetchFromBackend = async (
  fetchImpl: HttpFetch,
  request: Omit<BackendRequest, 'method' | 'body' | 'idempotencyKey'>,
): Promise<{ ok: true; data: unknown } | { ok: false; reason: string; notFound: boolean }> => {
  try {
    const response = await fetchImpl(joinUrl(request.target.url, request.path), {
      method: 'GET',
      headers: headersFor({ ...request, method: 'GET', body: undefined, idempotencyKey: null }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const json = (await response.json()) as unknown;
    if (
      typeof json === 'object' &&
      json !== null &&
      'ok' in json &&
      json.ok === true &&
      'data' in json
    ) {
      return { ok: true, data: json.data };
    }
    return { ok: false, reason: `HTTP ${response.status}`, notFound: response.status === 404 };
  } catch (error) {
    return { ok: false, reason: describeFetchError(error), notFound: false };
  }
};
