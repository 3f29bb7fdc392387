import { describe, expect, it } from 'vitest';
import { receiveDossierBodySchema } from '@openops/protocol';
import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('makes version-4 UUIDs the protocol accepts, a new one each time', () => {
    const ids = Array.from({ length: 200 }, newRequestId);
    ids.forEach((id) => {
      expect(receiveDossierBodySchema.shape.requestId.safeParse(id).success).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});
