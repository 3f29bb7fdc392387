import { z } from 'zod';
import { idSchema } from './entities';

/** Roles a paired device can hold; people (officers, supervisors) sign in instead. */
export const deviceRoles = ['kiosk', 'counter', 'display', 'agent'] as const;
export const deviceRoleSchema = z.enum(deviceRoles);
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

/**
 * A device asks to join the centre: `POST /api/v1/devices/pairing-requests`.
 * The server answers with a short code the device shows until an admin approves it.
 */
export const pairingRequestBodySchema = z.object({
  deviceId: idSchema,
  role: deviceRoleSchema,
  /** What the admin sees: "Kiosk sảnh tầng 1". */
  name: z.string().min(1).max(100),
});
export type PairingRequestBody = z.infer<typeof pairingRequestBodySchema>;

export const pairingStatusSchema = z.enum(['pending', 'approved', 'rejected', 'expired']);
export type PairingStatus = z.infer<typeof pairingStatusSchema>;

/**
 * `POST .../pairing-requests` and `GET .../pairing-requests/:requestId` answer this.
 * `token` appears once approved; the device sends it as `auth.token` in every socket
 * handshake and as `Authorization: Bearer <token>` on REST.
 */
export const pairingStateSchema = z.object({
  requestId: z.string().min(1),
  deviceId: idSchema,
  role: deviceRoleSchema,
  /** The name the device asked under ("Kiosk sảnh tầng 1"), for the admin who approves it. */
  name: z.string().min(1).max(100).optional(),
  /** Six digits, shown on the device and typed or compared by the admin. */
  pairingCode: z.string().regex(/^\d{6}$/),
  status: pairingStatusSchema,
  token: z.string().min(1).optional(),
});
export type PairingState = z.infer<typeof pairingStateSchema>;

/**
 * The device id a kiosk's or counter PC's hardware agent is paired under: its own device,
 * named after the one it serves, so the server can tell which device a paired agent may serve.
 */
export const agentIdFor = (deviceId: string): string => `${deviceId}-agent`.slice(0, 64);
