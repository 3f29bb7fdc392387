import { describe, expect, it } from 'vitest';
import { fail } from '@openops/protocol';
import {
  pairedDeviceSchema,
  pairingRefusal,
  pendingRequestSchema,
  readPairingCode,
  revokeQuestion,
  roleNames,
} from './pairing-devices';

describe('device pairing', () => {
  it('asks for an empty code and explains a malformed one, in Vietnamese', () => {
    expect(readPairingCode('', 'kiosk-9', 'vi')).toEqual({
      ok: false,
      problem: 'Nhập mã 6 chữ số đang hiện trên màn hình của kiosk-9.',
    });
    for (const typed of ['12345', '1234567', '12a456', '12-345']) {
      const read = readPairingCode(typed, 'kiosk-9', 'vi');
      expect(read.ok, typed).toBe(false);
      if (!read.ok) expect(read.problem).toContain('Mã ghép nối gồm đúng 6 chữ số (0–9)');
    }
    expect(readPairingCode(' 123 456 ', 'kiosk-9', 'vi')).toEqual({ ok: true, code: '123456' });
  });

  it('asks for an empty code and explains a malformed one, in English', () => {
    expect(readPairingCode('', 'kiosk-9', 'en')).toEqual({
      ok: false,
      problem: 'Enter the 6-digit code shown on the screen of kiosk-9.',
    });
    expect(readPairingCode('12a45', 'kiosk-9', 'en')).toEqual({
      ok: false,
      problem:
        'A pairing code is exactly 6 digits (0–9), as on the screen of kiosk-9; you typed: "12a45".',
    });
    expect(readPairingCode('123 456', 'kiosk-9', 'en')).toEqual({ ok: true, code: '123456' });
  });

  it('never shows the server\'s bare "Dữ liệu không hợp lệ" for a code', () => {
    const refused = fail('bad-request', 'Dữ liệu không hợp lệ', [
      { path: 'pairingCode', message: 'Invalid string: must match pattern /^\\d{6}$/' },
    ]).error;
    expect(pairingRefusal(refused, 'vi')).toBe('Mã ghép nối không đúng định dạng');
    expect(pairingRefusal(refused, 'en')).toBe('The pairing code is not in the right format');
    const mismatch = fail('bad-request', 'Mã ghép nối không khớp với mã trên thiết bị').error;
    expect(pairingRefusal(mismatch, 'vi')).toBe('Mã ghép nối không khớp với mã trên thiết bị');
    // The server's own sentence, as it wrote it, in either language.
    expect(pairingRefusal(mismatch, 'en')).toBe('Mã ghép nối không khớp với mã trên thiết bị');
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
    const device = { deviceId: 'display-1', role: 'display' as const, name: 'Sảnh chờ' };
    const question = revokeQuestion(device, 'vi');
    expect(question.title).toBe('Thu hồi display-1 (Sảnh chờ)?');
    expect(question.lines[0]).toContain(
      'các màn hình của thiết bị này sẽ ngừng hoạt động cho đến khi được ghép nối lại',
    );
    const english = revokeQuestion(device, 'en');
    expect(english.title).toBe('Revoke display-1 (Sảnh chờ)?');
    expect(english.lines).toEqual([
      'Display display-1 will be disconnected at once; its screens stop working until it is paired again.',
      'To use it again, the device must send a new pairing request, and an admin must approve it with the code the device shows.',
    ]);
    // A device whose name is its id is not named twice.
    expect(revokeQuestion({ ...device, name: 'display-1' }, 'en').title).toBe('Revoke display-1?');
  });

  it('names every device role in both languages', () => {
    expect(roleNames.vi.counter).toBe('Máy quầy');
    expect(roleNames.en).toEqual({
      kiosk: 'Kiosk',
      display: 'Display',
      counter: 'Counter PC',
      agent: 'Hardware agent',
    });
  });
});
