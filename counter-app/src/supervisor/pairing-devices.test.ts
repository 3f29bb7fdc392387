import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import {
  pairedDeviceSchema,
  pairingRefusal,
  pendingRequestSchema,
  readPairingCode,
  revokeQuestion,
} from './pairing-devices';

describe('device pairing', () => {
  it('asks for an empty code and explains a malformed one, in Vietnamese', () => {
    expect(readPairingCode('', 'kiosk-9')).toEqual({
      ok: false,
      problem: 'Nhập mã 6 chữ số đang hiện trên màn hình của kiosk-9.',
    });
    for (const typed of ['12345', '1234567', '12a456', '12-345']) {
      const read = readPairingCode(typed, 'kiosk-9');
      expect(read.ok, typed).toBe(false);
      if (!read.ok) expect(read.problem).toContain('Mã ghép nối gồm đúng 6 chữ số (0–9)');
    }
    expect(readPairingCode(' 123 456 ', 'kiosk-9')).toEqual({ ok: true, code: '123456' });
  });

  it('never shows the server\'s bare "Dữ liệu không hợp lệ" for a code', () => {
    const refused = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'pairingCode', message: 'Invalid string: must match pattern /^\\d{6}$/' },
    ]).error;
    expect(pairingRefusal(refused)).toBe('Mã ghép nối không đúng định dạng');
    expect(
      pairingRefusal(fail('bad-request', 'Mã ghép nối không khớp với mã trên thiết bị').error),
    ).toBe('Mã ghép nối không khớp với mã trên thiết bị');
  });

  it('reads paired devices and pending requests with the name the device sent', () => {
    expect(
      pairedDeviceSchema.parse({
        deviceId: 'kiosk-1',
        role: 'kiosk',
        name: 'Kiosk sảnh tầng 1',
        approvedBy: 'admin',
        approvedAt: '2026-11-27T02:00:00.000Z',
      }).name,
    ).toBe('Kiosk sảnh tầng 1');
    const pending = {
      requestId: 'r1',
      deviceId: 'kiosk-9',
      role: 'kiosk',
      pairingCode: '123456',
      status: 'pending',
    };
    expect(pendingRequestSchema.parse({ ...pending, name: 'Kiosk tầng 3' }).name).toBe(
      'Kiosk tầng 3',
    );
    expect(pendingRequestSchema.parse(pending).name).toBeUndefined();
  });

  it('warns that a revoked device stops until it is paired again', () => {
    const question = revokeQuestion({ deviceId: 'display-1', role: 'display', name: 'Sảnh chờ' });
    expect(question.title).toBe('Thu hồi display-1 (Sảnh chờ)?');
    expect(question.lines[0]).toContain(
      'các màn hình của thiết bị này sẽ ngừng hoạt động cho đến khi được ghép nối lại',
    );
  });
});
