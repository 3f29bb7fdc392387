import { describe, expect, it } from 'vitest';
import { setupFormSchema, shellDeviceFrom, type ShellDevice } from './shell-bridge';

const device: ShellDevice = {
  app: 'kiosk',
  deviceId: 'kiosk-hall-1',
  token: 'dev_abc',
  serverUrl: 'http://192.168.1.10:8080',
};

describe('shellDeviceFrom', () => {
  it("reads the shell's paired identity", async () => {
    expect(await shellDeviceFrom({ openopsShell: { device: async () => device } })).toEqual(device);
  });

  it('is null in a plain browser, before pairing, and on a broken bridge', async () => {
    expect(await shellDeviceFrom({})).toBeNull();
    expect(await shellDeviceFrom(undefined)).toBeNull();
    expect(await shellDeviceFrom({ openopsShell: 'nope' })).toBeNull();
    // before pairing the shell answers with an error envelope
    const unpaired = { ok: false, error: { code: 'not-found', message: 'Chưa ghép nối' } };
    expect(await shellDeviceFrom({ openopsShell: { device: async () => unpaired } })).toBeNull();
    const throwing = {
      device: async () => {
        throw new Error('ipc gone');
      },
    };
    expect(await shellDeviceFrom({ openopsShell: throwing })).toBeNull();
  });
});

describe('setupFormSchema', () => {
  it('accepts blank device fields and refuses a short PIN', () => {
    const form = { serverUrl: 's:8080', deviceName: ' Quầy 3 ', printer: '' };
    expect(setupFormSchema.parse(form)).toEqual({
      serverUrl: 's:8080',
      deviceName: 'Quầy 3',
      printer: '',
    });
    expect(setupFormSchema.safeParse({ ...form, adminPin: '12' }).success).toBe(false);
  });
});
