import { assertNever, backendReplySchema, type BackendErrorCode } from '@openops/protocol';
import { describeFetchError, type DeliveryOutcome, type HttpFetch } from './delivery-outcome';
import { parseRetryAfter } from './retry-after';
import { problemWith, syncProblems } from './sync-problems';

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
  /** Epoch ms now, to read a `Retry-After` date. Default Date.now. */
  now?: () => number;
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

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

/**
 * Retry rule per backend error code (docs/sync-contract.md, "Errors and retries"). Codes that
 * say the backend itself cannot take records now pause it; out-of-order and not-found concern
 * one record of a backend that answered properly.
 */
const byCode = (
  code: BackendErrorCode,
  detail: string,
  retryAfterMs: number | null,
): DeliveryOutcome => {
  const retry = (problem: string, scope: 'receiver' | 'record'): DeliveryOutcome => ({
    kind: 'retry',
    reason: problemWith(problem, detail),
    scope,
    ...(retryAfterMs === null ? {} : { retryAfterMs }),
  });
  switch (code) {
    case 'bad-request':
    case 'conflict':
      return { kind: 'reject', reason: problemWith(syncProblems.refused, detail) };
    case 'unauthorized':
      return retry(syncProblems.keyRefused, 'receiver');
    case 'rate-limited':
    case 'unavailable':
      return retry(syncProblems.overloaded, 'receiver');
    case 'internal':
      return retry(syncProblems.serverFailed, 'receiver');
    case 'out-of-order':
      return retry(syncProblems.waitsForEarlier, 'record');
    case 'not-found':
      return retry(syncProblems.notFound, 'record');
    default:
      return assertNever(code);
  }
};

/**
 * An answer that is no acknowledgement and no readable refusal (a proxy's error page, an empty
 * body, `ok: true` on an error status) is judged by its HTTP status alone: a body the backend
 * can never take is parked; a refused key, an overloaded or failing backend, or anything else
 * unreadable is retried, and pauses the backend.
 */
const byStatus = (status: number, detail: string, retryAfterMs: number | null): DeliveryOutcome => {
  const retry = (problem: string): DeliveryOutcome => ({
    kind: 'retry',
    reason: problemWith(problem, detail),
    scope: 'receiver',
    ...(retryAfterMs === null ? {} : { retryAfterMs }),
  });
  if (status === 400 || status === 413 || status === 422) {
    return { kind: 'reject', reason: problemWith(syncProblems.refused, detail) };
  }
  if (status === 401 || status === 403) return retry(syncProblems.keyRefused);
  if (status === 429 || status === 503) return retry(syncProblems.overloaded);
  if (status >= 500) return retry(syncProblems.serverFailed);
  return retry(syncProblems.unreadable);
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Sends one record and classifies the answer. Never throws. Delivered only on a 2xx carrying
 * `ok: true`; `Retry-After` on a 429 or 503 is passed on as `retryAfterMs`.
 */
export const deliverToBackend = async (
  fetchImpl: HttpFetch,
  request: BackendRequest,
): Promise<DeliveryOutcome> => {
  const id = request.target.id;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(joinUrl(request.target.url, request.path), {
      method: request.method,
      headers: headersFor(request),
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: signalFor(request),
    });
    // Read whole, even when unusable, so the connection can be reused.
    text = await response.text();
  } catch (error) {
    return {
      kind: 'retry',
      reason: problemWith(syncProblems.unreachable, `${id}: ${describeFetchError(error)}`),
      scope: 'receiver',
    };
  }
  const { status } = response;
  const retryAfterMs =
    status === 429 || status === 503
      ? parseRetryAfter(response.headers.get('retry-after'), (request.now ?? Date.now)())
      : null;
  const reply = backendReplySchema.safeParse(parseJson(text));
  if (reply.success && reply.data.ok && isSuccess(status)) {
    return { kind: 'delivered', duplicate: reply.data.data.duplicate };
  }
  if (reply.success && !reply.data.ok) {
    const { code, message } = reply.data.error;
    return byCode(code, `${id}: HTTP ${status} ${code}: ${message}`, retryAfterMs);
  }
  return byStatus(status, `${id}: HTTP ${status}`, retryAfterMs);
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
      isSuccess(response.status) &&
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
