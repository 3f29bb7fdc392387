import { useEffect, useState } from 'react';
import { connectRole, type AppRole, type RoleSocket } from './role-socket';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/** One socket for the app's lifetime, with its connection state for an offline banner. */
export const useRoleSocket = <R extends AppRole>(
  role: R,
  serverUrl: string,
  deviceId: string,
  /** Reconnects with the new token when it changes (an officer signs in or out). */
  token?: string,
): { socket: RoleSocket<R> | null; connection: ConnectionState } => {
  const [socket, setSocket] = useState<RoleSocket<R> | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');

  useEffect(() => {
    const opened = connectRole(role, serverUrl, deviceId, token);
    const onConnect = (): void => setConnection('online');
    const onDisconnect = (): void => setConnection('offline');
    opened.on('connect', onConnect);
    opened.on('disconnect', onDisconnect);
    opened.on('connect_error', onDisconnect);
    setSocket(opened);
    return () => {
      opened.close();
    };
  }, [role, serverUrl, deviceId, token]);

  return { socket, connection };
};
