import { io, type Socket } from 'socket.io-client';
import type { HandshakeRefusal } from './server-sockets';

/**
 * Connects to the server's `/supervisor` namespace, resolving with the socket and its first
 * `floor:view` (sent on connect), or rejecting with the server's coded refusal.
 */
export const connectSupervisor = (
  serverUrl: string,
  auth: { deviceId: string; token?: string },
): Promise<{ socket: Socket; first: unknown }> =>
  new Promise((resolve, reject) => {
    const socket = io(`${serverUrl}/supervisor`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    socket.once('floor:view', (first: unknown) => resolve({ socket, first }));
    socket.once('connect_error', (error: Error & { data?: HandshakeRefusal }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { data: error.data }));
    });
  });
