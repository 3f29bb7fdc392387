import { describe, expect, it } from 'vitest';
import { deviceIdFrom, serverUrlFrom } from './server-url';

const at = (search: string) => ({ search, origin: 'http://10.0.0.5:3000' });

describe('deviceIdFrom', () => {
  it('takes the default device only when the address names none', () => {
    expect(deviceIdFrom(at(''), 'display-1')).toBe('display-1');
    expect(deviceIdFrom(at('?server=http://x'), 'display-1')).toBe('display-1');
  });

  it('takes the device the address names', () => {
    expect(deviceIdFrom(at('?device=display-tang-2'), 'display-1')).toBe('display-tang-2');
  });

  it.each([
    ['a Vietnamese id', '?device=m%C3%A0n-h%C3%ACnh-2', 'màn-hình-2'],
    ['a space', '?device=display%202', 'display 2'],
    ['an empty value', '?device=', ''],
  ])('keeps %s as it is, so the server refuses it, never the default', (_label, search, id) => {
    expect(deviceIdFrom(at(search), 'display-1')).toBe(id);
  });
});

describe('serverUrlFrom', () => {
  it('uses the page’s origin unless the address names a server, without a trailing slash', () => {
    expect(serverUrlFrom(at(''))).toBe('http://10.0.0.5:3000');
    expect(serverUrlFrom(at('?server=http://10.0.0.9:3000/'))).toBe('http://10.0.0.9:3000');
  });
});
