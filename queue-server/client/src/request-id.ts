/**
 * A random UUID (version 4) naming one request, so a resend after a lost answer is recognised.
 * Built from `crypto.getRandomValues`, which a page served over plain HTTP on the centre's LAN
 * has, unlike `crypto.randomUUID` (secure contexts only).
 */
export const newRequestId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
