import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withSecurityHeaders } from './content-security-policy';
import { checkIpc } from './ipc-guard';
import { withDeviceAuthorization } from './request-auth';
import { localPageHtml } from './local-page/local-page-html';
import { isAllowedNavigation, isPermissionGranted, windowOpenDecision } from './url-policy';
import { commandLineSwitches, hardenedWebPreferences, windowOptions } from './window-options';

const localPage = 'file:///opt/OpenOPS%20Kiosk/resources/app.asar/local-page.html';
const policy = { serverOrigin: 'http://192.168.1.10:8080', localPages: [localPage] };

describe('URL allow-list', () => {
  it("allows the server's origin and the shell's own page", () => {
    expect(isAllowedNavigation('http://192.168.1.10:8080/kiosk/?device=k1', policy)).toBe(true);
    expect(isAllowedNavigation(`${localPage}#pin`, policy)).toBe(true);
  });

  it('refuses every other place', () => {
    for (const target of [
      'http://192.168.1.10:8081/kiosk/',
      'https://192.168.1.10:8080/kiosk/',
      'http://192.168.1.100:8080/',
      'http://user:pw@192.168.1.10:8080/',
      'https://evil.example/',
      'file:///etc/passwd',
      'file:///opt/OpenOPS%20Kiosk/resources/app.asar/other.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'not a url',
    ]) {
      expect(isAllowedNavigation(target, policy), target).toBe(false);
    }
  });

  it('opens no new windows and grants no permission', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'serial',
    ]) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('allows scripts and sockets only from the server', () => {
    const csp = contentSecurityPolicy('http://192.168.1.10:8080');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("connect-src 'self' ws://192.168.1.10:8080");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('https://centre.vn')).toContain('wss://centre.vn');
  });

  it("replaces the server's headers, whatever their case, on the server's responses only", () => {
    const headers = withSecurityHeaders(
      'http://192.168.1.10:8080/kiosk/index.html',
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      'http://192.168.1.10:8080',
    );
    expect(
      Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy'),
    ).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']?.[0]).toContain("script-src 'self'");
    expect(headers['Content-Type']).toEqual(['text/html']);
    const other = { 'Content-Type': ['text/plain'] };
    expect(
      withSecurityHeaders('https://elsewhere.example/', other, 'http://192.168.1.10:8080'),
    ).toBe(other);
  });

  it('pins the local page script by hash and refuses markup that would break out', () => {
    const html = localPageHtml('console.log(1)', 'body{}');
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(html).not.toContain("'unsafe-inline'");
    expect(() => localPageHtml('"</script><script>evil()"', '')).toThrow(/closing tag/);
  });
});

describe('window security checklist', () => {
  it('isolates, sandboxes and strips Node from every page', () => {
    const preferences = hardenedWebPreferences('kiosk', '/app/preload.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: '/app/preload.cjs',
    });
  });

  it('lets only the display play sound without a tap', () => {
    expect(hardenedWebPreferences('display', 'p').autoplayPolicy).toBe('no-user-gesture-required');
    expect(hardenedWebPreferences('kiosk', 'p').autoplayPolicy).toBe(
      'document-user-activation-required',
    );
    expect(commandLineSwitches('display')).toContainEqual([
      'autoplay-policy',
      'no-user-gesture-required',
    ]);
    expect(commandLineSwitches('counter').map(([name]) => name)).not.toContain('autoplay-policy');
  });

  it('runs every app in Vietnamese whatever the machine language', () => {
    for (const app of ['kiosk', 'counter', 'display'] as const) {
      expect(commandLineSwitches(app)).toContainEqual(['lang', 'vi']);
    }
  });

  it('makes kiosk windows full screen and unclosable', () => {
    expect(windowOptions('kiosk', 'p', true)).toMatchObject({
      kiosk: true,
      fullscreen: true,
      closable: false,
    });
    expect(windowOptions('counter', 'p', false)).toMatchObject({ kiosk: false, closable: true });
  });
});

describe('IPC validation', () => {
  const app = { url: 'http://192.168.1.10:8080/kiosk/?device=k1', isMainFrame: true };
  const local = { url: localPage, isMainFrame: true };

  it('accepts a valid message from a page allowed on the channel', () => {
    expect(checkIpc('shell:device', app, undefined, policy)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(checkIpc('admin:pin', local, { pin: '2468' }, policy)).toEqual({
      ok: true,
      value: { pin: '2468' },
    });
  });

  it("refuses an app page on the shell's own channels, and the reverse", () => {
    expect(checkIpc('admin:pin', app, { pin: '2468' }, policy)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(checkIpc('shell:device', local, undefined, policy)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses sub-frames, missing senders and pages from elsewhere', () => {
    expect(checkIpc('shell:device', { ...app, isMainFrame: false }, undefined, policy).ok).toBe(
      false,
    );
    expect(checkIpc('shell:device', null, undefined, policy).ok).toBe(false);
    expect(
      checkIpc(
        'shell:device',
        { url: 'https://evil.example/', isMainFrame: true },
        undefined,
        policy,
      ).ok,
    ).toBe(false);
  });

  it('names the bad fields of a malformed payload', () => {
    const checked = checkIpc(
      'setup:submit',
      local,
      { serverUrl: '', deviceName: 'K', adminPin: '12' },
      policy,
    );
    expect(checked).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const paths = checked.ok ? [] : (checked.error.issues ?? []).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['serverUrl', 'adminPin']));
    expect(checkIpc('shell:admin-tap', app, { extra: true }, policy).ok).toBe(false);
  });
});

describe('device authorization on requests', () => {
  const server = 'http://192.168.1.10:8080';

  it("adds the device token to the server's requests only", () => {
    expect(
      withDeviceAuthorization(`${server}/api/v1/services`, { Accept: '*/*' }, server, 'dev_1'),
    ).toEqual({
      Accept: '*/*',
      Authorization: 'Bearer dev_1',
    });
    const elsewhere = { Accept: '*/*' };
    expect(withDeviceAuthorization('http://192.168.1.11:8080/x', elsewhere, server, 'dev_1')).toBe(
      elsewhere,
    );
  });

  it("keeps an officer's own session and adds nothing before pairing", () => {
    const officer = { authorization: 'Bearer off_9' };
    expect(withDeviceAuthorization(`${server}/api/v1/tickets`, officer, server, 'dev_1')).toBe(
      officer,
    );
    const plain = {};
    expect(withDeviceAuthorization(`${server}/api/v1/tickets`, plain, server, null)).toBe(plain);
  });
});
