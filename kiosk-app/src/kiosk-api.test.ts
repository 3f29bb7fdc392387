import { describe, expect, it, vi } from 'vitest';
import type { RoleSocket } from '@openops/client';
import { createKioskApi } from './kiosk-api';

/** A socket that answers every emit at once, and records them. */
const socketThatIs = (connected: boolean) => {
  const emit = vi.fn((_event: string, _body: unknown, ack: (e: Error | null, r: unknown) => void) =>
    ack(null, { ok: true, data: { issued: 'A001' } }),
  );
  const socket = { connected, timeout: vi.fn(() => ({ emit })) };
  return { socket: socket as unknown as RoleSocket<'kiosk'>, emit };
};

const api = (socket: RoleSocket<'kiosk'>) =>
  createKioskApi(socket, 'http://127.0.0.1:1', { id: 'kiosk-1', token: null });

describe('the kiosk api over its socket', () => {
  it('sends a ticket request while connected', async () => {
    const { socket, emit } = socketThatIs(true);
    expect((await api(socket).issueTicket('ho-tich', null)).ok).toBe(true);
    expect(emit).toHaveBeenCalledTimes(1);
  });

  it("asks for a card's dossiers with the card's ID numbers, never the name", async () => {
    const { socket, emit } = socketThatIs(true);
    const body = { idNumber: '079199012345', oldIdNumber: '123456789' };
    expect((await api(socket).citizenDossiers(body)).ok).toBe(true);
    expect(emit).toHaveBeenCalledWith('dossier:citizen-list', body, expect.any(Function));
  });

  it('sends nothing while disconnected: socket.io would deliver it, for nobody, on reconnecting', async () => {
    const { socket, emit } = socketThatIs(false);
    const kiosk = api(socket);
    for (const reply of [
      await kiosk.issueTicket('ho-tich', null),
      await kiosk.checkInAppointment('ABCD1234'),
      await kiosk.citizenDossiers({ idNumber: '079199012345' }),
      await kiosk.printChecklist('khai-sinh'),
    ]) {
      expect(reply).toMatchObject({ ok: false, error: { code: 'unreachable' } });
    }
    expect(emit).not.toHaveBeenCalled();
  });
});
