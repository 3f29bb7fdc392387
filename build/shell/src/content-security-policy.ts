/**
 * The Content-Security-Policy the shell puts on every response from the queue server.
 * Scripts only from the server's own files (no eval, no inline), sockets only to the
 * server, nothing framed, no plugins. Inline styles stay allowed because React sets
 * `style` attributes.
 */
export const contentSecurityPolicy = (serverOrigin: string): string => {
  const server = new URL(serverOrigin);
  const socketScheme = server.protocol === 'https:' ? 'wss:' : 'ws:';
  const socketOrigin = `${socketScheme}//${server.host}`;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'media-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", socketOrigin],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
};

export type ResponseHeaders = Record<string, string[]>;

/**
 * Adds the policy (and a few companions) to a response's headers, replacing whatever the
 * server sent under any letter case, but only for responses from the server's origin.
 */
export const withSecurityHeaders = (
  url: string,
  headers: ResponseHeaders,
  serverOrigin: string,
): ResponseHeaders => {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return headers;
  }
  if (origin !== new URL(serverOrigin).origin) return headers;
  const replaced = new Set([
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
  ]);
  const kept = Object.fromEntries(
    Object.entries(headers).filter(([name]) => !replaced.has(name.toLowerCase())),
  );
  return {
    ...kept,
    'Content-Security-Policy': [contentSecurityPolicy(serverOrigin)],
    'X-Content-Type-Options': ['nosniff'],
    'Referrer-Policy': ['no-referrer'],
  };
};
