import type { SmsConfig, SmsMessage } from '@openops/protocol';
import { describeFetchError, type DeliveryOutcome, type HttpFetch } from '../sync/delivery-outcome';

/** Sends one text; `clientRef` lets the provider drop a repeat, so a retry never texts twice. */
export type SmsGateway = {
  send: (message: SmsMessage, timeoutMs: number, stop?: AbortSignal) => Promise<DeliveryOutcome>;
};

/**
 * The HTTP provider: POSTs the message as JSON with the key as a bearer token. 2xx is an
 * acknowledgement; 400/422 a message the provider will never take; anything else is retried.
 */
export const createHttpSmsGateway = (config: SmsConfig, fetchImpl: HttpFetch): SmsGateway => ({
  send: async (message, timeoutMs, stop) => {
    try {
      const response = await fetchImpl(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'idempotency-key': message.clientRef,
          ...(config.key ? { authorization: `Bearer ${config.key}` } : {}),
        },
        body: JSON.stringify(message),
        signal: stop
          ? AbortSignal.any([AbortSignal.timeout(timeoutMs), stop])
          : AbortSignal.timeout(timeoutMs),
      });
      // Drain the body so the connection can be reused.
      const text = await response.text();
      if (response.ok) return { kind: 'delivered', duplicate: /"duplicate":\s*true/.test(text) };
      const reason = `SMS HTTP ${response.status}`;
      return response.status === 400 || response.status === 422
        ? { kind: 'reject', reason }
        : { kind: 'retry', reason };
    } catch (error) {
      return { kind: 'retry', reason: `SMS: ${describeFetchError(error)}` };
    }
  },
});
