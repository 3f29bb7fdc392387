export type RequestHeaders = Record<string, string>;

/**
 * Adds the paired device's token to requests for the queue server, so the app's REST calls
 * act as this device on a server without open demo access. A request that already carries
 * its own Authorization (an officer's session at a counter) is left as it is, and no other
 * origin ever sees the token.
 */
export const withDeviceAuthorization = (
  url: string,
  headers: RequestHeaders,
  serverOrigin: string,
  token: string | null | undefined,
): RequestHeaders => {
  if (!token) return headers;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return headers;
  }
  if (origin !== new URL(serverOrigin).origin) return headers;
  if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) return headers;
  return { ...headers, Authorization: `Bearer ${token}` };
};
