import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  floorViewSchema,
  supervisorNamespace,
  type FloorView,
  type SupervisorClientEvents,
  type SupervisorServerEvents,
} from '@openops/protocol';

export type FloorFeed = { view: FloorView | null; online: boolean; refusal: string | null };

/**
 * The live floor from the `/supervisor` socket: the server pushes it on connect and within
 * half a second of any change. Each push is parsed, never trusted as typed.
 */
export const useFloor = (serverUrl: string, token: string, deviceId: string): FloorFeed => {
  const [feed, setFeed] = useState<FloorFeed>({ view: null, online: false, refusal: null });
  useEffect(() => {
    const socket: Socket<SupervisorServerEvents, SupervisorClientEvents> = io(
      `${serverUrl}${supervisorNamespace}`,
      { auth: { deviceId, token }, transports: ['websocket'], reconnectionDelayMax: 5000 },
    );
    socket.on('connect', () => setFeed((old) => ({ ...old, online: true, refusal: null })));
    socket.on('disconnect', (reason) => {
      setFeed((old) => ({ ...old, online: false }));
      // Let go by the server (the session ended, the account changed): socket.io does not come
      // back by itself then, so ask again at once, to be refused with the reason, or let in.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (error: Error & { data?: { message?: unknown } }) => {
      const message = typeof error.data?.message === 'string' ? error.data.message : null;
      setFeed((old) => ({ ...old, online: false, refusal: message }));
    });
    socket.on('floor:view', (payload: unknown) => {
      const parsed = floorViewSchema.safeParse(payload);
      if (parsed.success) setFeed({ view: parsed.data, online: true, refusal: null });
    });
    return () => {
      socket.close();
    };
  }, [serverUrl, token, deviceId]);
  return feed;
};
