/** Default queue server when nothing is configured: the demo centre on this PC. */
export const defaultServerUrl = 'http://localhost:8080';

export class ServerUrlError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Địa chỉ máy chủ không hợp lệ (invalid server address) "${input}": ${reason}`);
    this.name = 'ServerUrlError';
  }
}

/**
 * Normalises what a technician types into a server origin: `192.168.1.10:8080` becomes
 * `http://192.168.1.10:8080`; paths, queries and credentials are refused, not dropped,
 * so a typo never silently points the kiosk somewhere else.
 */
export const normaliseServerUrl = (input: string): string => {
  const trimmed = input.trim();
  if (trimmed === '') throw new ServerUrlError(input, 'trống (empty)');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ServerUrlError(input, 'không đọc được (cannot be parsed)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ServerUrlError(input, 'chỉ dùng http hoặc https (http or https only)');
  }
  if (url.username || url.password) {
    throw new ServerUrlError(input, 'không được chứa tên đăng nhập (no credentials)');
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new ServerUrlError(
      input,
      'chỉ ghi máy và cổng, ví dụ 192.168.1.10:8080 (host and port only)',
    );
  }
  return url.origin;
};
