import { z } from 'zod';
import type { Language } from '@openops/client';
import {
  deviceRoleSchema,
  pairingStateSchema,
  type DeviceRole,
  type ErrorBody,
} from '@openops/protocol';
import { serverMessageText, serverRefusalText } from '../server-message-text';
import { isZodWording, serverIssueText } from './server-issue-text';

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

export const roleNames: Record<Language, Record<DeviceRole, string>> = {
  vi: {
    kiosk: 'Kiosk',
    display: 'Màn hình',
    counter: 'Máy quầy',
    agent: 'Bộ điều khiển phần cứng',
  },
  en: {
    kiosk: 'Kiosk',
    display: 'Display',
    counter: 'Counter PC',
    agent: 'Hardware agent',
  },
};

/**
 * The code typed for a request: six digits as the device shows them (a space between the two
 * halves is allowed), or what is wrong in `language`, naming the device.
 */
export const readPairingCode = (
  text: string,
  deviceId: string,
  language: Language,
): { ok: true; code: string } | { ok: false; problem: string } => {
  const vi = language === 'vi';
  const code = text.replace(/\s+/g, '');
  if (code === '') {
    return {
      ok: false,
      problem: vi
        ? `Nhập mã 6 chữ số đang hiện trên màn hình của ${deviceId}.`
        : `Enter the 6-digit code shown on the screen of ${deviceId}.`,
    };
  }
  if (!/^\d{6}$/.test(code)) {
    return {
      ok: false,
      problem: vi
        ? `Mã ghép nối gồm đúng 6 chữ số (0–9), như trên màn hình của ${deviceId}; mã vừa nhập: "${text.trim()}".`
        : `A pairing code is exactly 6 digits (0–9), as on the screen of ${deviceId}; you typed: "${text.trim()}".`,
    };
  }
  return { ok: true, code };
};

/**
 * A refused pairing decision in `language`, the code named as the screen names it. A refusal
 * without issues is the server's own sentence (Vietnamese with its English in brackets).
 */
export const pairingRefusal = (error: ErrorBody, language: Language): string => {
  const issues = (error.issues ?? []).map((issue) => {
    if (language === 'vi') {
      return serverIssueText(
        issue,
        issue.path === 'pairingCode' ? 'mã ghép nối' : `"${issue.path}"`,
      );
    }
    const label = issue.path === 'pairingCode' ? 'The pairing code' : `"${issue.path}"`;
    return isZodWording(issue.message)
      ? `${label} is not in the right format`
      : `${label}: ${serverMessageText(issue.message, 'en')}`;
  });
  return issues.length === 0 ? serverRefusalText(error.message, language) : issues.join('; ');
};

/** The confirmation before revoking a device, in `language`: what stops, and how it comes back. */
export const revokeQuestion = (
  device: PairedDevice,
  language: Language,
): { title: string; lines: string[] } => {
  const named = device.name && device.name !== device.deviceId ? ` (${device.name})` : '';
  const role = roleNames[language][device.role];
  if (language === 'en') {
    return {
      title: `Revoke ${device.deviceId}${named}?`,
      lines: [
        `${role} ${device.deviceId} will be disconnected at once; its screens stop working until it is paired again.`,
        'To use it again, the device must send a new pairing request, and an admin must approve it with the code the device shows.',
      ],
    };
  }
  return {
    title: `Thu hồi ${device.deviceId}${named}?`,
    lines: [
      `${role} ${device.deviceId} sẽ bị ngắt kết nối ngay; các màn hình của thiết bị này sẽ ngừng hoạt động cho đến khi được ghép nối lại.`,
      'Để dùng lại, thiết bị phải gửi yêu cầu ghép nối mới và được quản trị viên duyệt bằng mã hiện trên thiết bị.',
    ],
  };
};
