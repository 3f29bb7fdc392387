import { z } from 'zod';
import { deviceRoleSchema, pairingStateSchema, type ErrorBody } from '@openops/protocol';
import { serverIssueText } from './server-issue-text';

/**
 * A device paired with the centre, as `GET /api/v1/devices` lists it (the server's
 * `PairedDevice`; the protocol has no schema for it yet). Parsed, never trusted as typed.
 */
export const pairedDeviceSchema = z.object({
  deviceId: z.string(),
  role: deviceRoleSchema,
  name: z.string(),
  approvedBy: z.string().nullable().optional(),
  approvedAt: z.string().optional(),
});
export type PairedDevice = z.infer<typeof pairedDeviceSchema>;

/**
 * A pending request: the pairing state, and the name the device sent with it ("Kiosk sảnh tầng
 * 1") when the server passes it on.
 */
export const pendingRequestSchema = pairingStateSchema.extend({ name: z.string().optional() });
export type PendingRequest = z.infer<typeof pendingRequestSchema>;

export const roleNames: Record<string, string> = {
  kiosk: 'Kiosk',
  display: 'Màn hình',
  counter: 'Máy quầy',
  agent: 'Bộ điều khiển phần cứng',
};

/**
 * The code typed for a request: six digits as the device shows them (a space between the two
 * halves is allowed), or what is wrong, naming the device.
 */
export const readPairingCode = (
  text: string,
  deviceId: string,
): { ok: true; code: string } | { ok: false; problem: string } => {
  const code = text.replace(/\s+/g, '');
  if (code === '') {
    return { ok: false, problem: `Nhập mã 6 chữ số đang hiện trên màn hình của ${deviceId}.` };
  }
  if (!/^\d{6}$/.test(code)) {
    return {
      ok: false,
      problem: `Mã ghép nối gồm đúng 6 chữ số (0–9), như trên màn hình của ${deviceId}; mã vừa nhập: "${text.trim()}".`,
    };
  }
  return { ok: true, code };
};

/** A refused pairing decision in Vietnamese, the code named as the screen names it. */
export const pairingRefusal = (error: ErrorBody): string => {
  const issues = (error.issues ?? []).map((issue) =>
    serverIssueText(issue, issue.path === 'pairingCode' ? 'mã ghép nối' : `"${issue.path}"`),
  );
  return issues.length === 0 ? error.message : issues.join('; ');
};

/** The confirmation before revoking a device: what stops, and how it comes back. */
export const revokeQuestion = (device: PairedDevice): { title: string; lines: string[] } => {
  const named = device.name && device.name !== device.deviceId ? ` (${device.name})` : '';
  return {
    title: `Thu hồi ${device.deviceId}${named}?`,
    lines: [
      `${roleNames[device.role] ?? device.role} ${device.deviceId} sẽ bị ngắt kết nối ngay; các màn hình của thiết bị này sẽ ngừng hoạt động cho đến khi được ghép nối lại.`,
      'Để dùng lại, thiết bị phải gửi yêu cầu ghép nối mới và được quản trị viên duyệt bằng mã hiện trên thiết bị.',
    ],
  };
};
