import { describe, expect, it } from 'vitest';
import { handshakeRefusalOf } from './handshake-refusal';

describe('handshakeRefusalOf', () => {
  it('reads the coded reason a server refusal carries, nothing from a network error', () => {
    const refused = Object.assign(new Error('not-found: Quầy "quay-9"…'), {
      data: { code: 'not-found', message: 'Quầy "quay-9" chưa có trong cấu hình trung tâm' },
    });
    expect(handshakeRefusalOf(refused)).toEqual({
      code: 'not-found',
      message: 'Quầy "quay-9" chưa có trong cấu hình trung tâm',
    });
    expect(handshakeRefusalOf(new Error('websocket error'))).toBeNull();
    expect(handshakeRefusalOf({ data: { code: 'no-such-code', message: 'x' } })).toBeNull();
    expect(handshakeRefusalOf({ data: { code: 'forbidden', message: 3 } })).toBeNull();
    expect(handshakeRefusalOf(null)).toBeNull();
  });
});
