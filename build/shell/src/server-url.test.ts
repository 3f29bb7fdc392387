import { describe, expect, it } from 'vitest';
import { normaliseServerUrl } from './server-url';
import { rendererUrl, shellOverridesFrom } from './shell-options';

describe('normaliseServerUrl', () => {
  it('accepts what a technician types and keeps only the origin', () => {
    expect(normaliseServerUrl(' 192.168.1.10:8080 ')).toBe('http://192.168.1.10:8080');
    expect(normaliseServerUrl('https://mot-cua.example.vn')).toBe('https://mot-cua.example.vn');
    expect(normaliseServerUrl('http://server:8080/')).toBe('http://server:8080');
  });

  it('refuses, naming why, rather than guessing', () => {
    expect(() => normaliseServerUrl('')).toThrow(/empty/);
    expect(() => normaliseServerUrl('file:///etc/passwd')).toThrow(/http or https only/);
    expect(() => normaliseServerUrl('http://admin:pw@server')).toThrow(/no credentials/);
    expect(() => normaliseServerUrl('http://server:8080/kiosk/')).toThrow(/host and port only/);
    expect(() => normaliseServerUrl('http://server:99999')).toThrow(/cannot be parsed/);
    expect(() => normaliseServerUrl('bad host name')).toThrow(/Địa chỉ máy chủ không hợp lệ/);
  });
});

describe('shellOverridesFrom', () => {
  it('takes the command line before the environment', () => {
    expect(
      shellOverridesFrom(['electron', '--server=10.0.0.5:8080', '--no-kiosk'], {
        OPENOPS_SERVER: 'http://other:1',
        OPENOPS_USER_DATA: '/tmp/x',
      }),
    ).toEqual({ serverUrl: 'http://10.0.0.5:8080', userData: '/tmp/x', noKiosk: true });
  });

  it('overrides nothing by default', () => {
    expect(shellOverridesFrom([], {})).toEqual({ noKiosk: false });
  });

  it('throws on a bad server override', () => {
    expect(() => shellOverridesFrom(['--server=ftp://x'], {})).toThrow(/http or https/);
  });
});

describe('rendererUrl', () => {
  it("opens the app's build on the server, naming the device", () => {
    expect(rendererUrl('display', 'http://s:8080', 'display-hall')).toBe(
      'http://s:8080/display/?device=display-hall',
    );
  });
});
