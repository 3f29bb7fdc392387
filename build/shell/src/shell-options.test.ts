import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, rendererUrl, shellOptionsFrom } from './shell-options';

describe('shellOptionsFrom', () => {
  it('takes the server from the command line before the environment', () => {
    const options = shellOptionsFrom('kiosk', ['electron', '--server=http://10.0.0.5:8080/x'], {
      OPENOPS_SERVER: 'http://other:1',
    });
    expect(options).toEqual({ app: 'kiosk', serverUrl: 'http://10.0.0.5:8080', kioskMode: true });
  });

  it('defaults to the local server, and counters are not locked down', () => {
    expect(shellOptionsFrom('counter', [], {})).toEqual({
      app: 'counter',
      serverUrl: 'http://localhost:8080',
      kioskMode: false,
    });
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => shellOptionsFrom('display', ['--server=file:///etc/passwd'], {})).toThrow(/http/);
    expect(() => shellOptionsFrom('display', ['--server=not a url'], {})).toThrow(
      /invalid server URL/,
    );
  });
});

describe('navigation', () => {
  it('opens the app build hosted by the server', () => {
    expect(rendererUrl({ app: 'display', serverUrl: 'http://s:8080' })).toBe(
      'http://s:8080/display/',
    );
  });

  it('allows only the server origin', () => {
    expect(isAllowedNavigation('http://s:8080/kiosk/x', 'http://s:8080')).toBe(true);
    expect(isAllowedNavigation('http://s:8081/kiosk/', 'http://s:8080')).toBe(false);
    expect(isAllowedNavigation('https://evil.example/', 'http://s:8080')).toBe(false);
    expect(isAllowedNavigation('garbage', 'http://s:8080')).toBe(false);
  });
});
