import { describe, expect, it } from 'vitest';
import { connectFailureOf, describeDisconnect } from './connect-failure';

describe('connect failure', () => {
  it('reads the code and message of a handshake the server refused', () => {
    const refused = Object.assign(new Error('unauthorized: revoked'), {
      data: { code: 'unauthorized', message: 'this device’s pairing was revoked: pair it again' },
    });
    expect(connectFailureOf(refused)).toEqual({
      kind: 'refused',
      code: 'unauthorized',
      message: 'this device’s pairing was revoked: pair it again',
    });
  });

  it('describes a network error with its cause', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:8080');
    const socketError = Object.assign(new Error('websocket error'), {
      description: { error: cause, message: cause.message },
    });
    expect(connectFailureOf(socketError)).toEqual({
      kind: 'network',
      description: 'websocket error: connect ECONNREFUSED 127.0.0.1:8080',
    });
    expect(connectFailureOf(new Error('timeout'))).toEqual({
      kind: 'network',
      description: 'timeout',
    });
  });

  it('describes what socket.io gives with a disconnect', () => {
    expect(describeDisconnect(undefined)).toBeUndefined();
    expect(describeDisconnect({ description: new Error('read ECONNRESET') })).toBe(
      'read ECONNRESET',
    );
  });
});
