import { fail, type Reply } from '@openops/protocol';

export type ApiCaller = {
  serverUrl: string;
  token: string;
};

/**
 * One REST call with the supervisor's session; the server always answers an envelope, so a
 * network failure is turned into one too. The caller parses `data` for what it needs.
 */
export const callApi = async <T>(
  api: ApiCaller,
  path: string,
  init: {
    method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
    body?: unknown;
    /** More request headers (`if-match` for a configuration section); default none. */
    headers?: Record<string, string>;
  } = {},
): Promise<Reply<T>> => {
  try {
    const response = await fetch(`${api.serverUrl}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${api.token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return (await response.json()) as Reply<T>;
  } catch {
    return fail('internal', 'Không kết nối được máy chủ (server unreachable)');
  }
};
