import { useEffect, useState } from 'react';
import { shellDeviceFrom, type ShellDevice } from '@openops/protocol';
import { connectRole, type AppRole, type RoleSocket } from './role-socket';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/**
 * The identity to present: inside the Electron shell, the paired device's id and token (a
 * secure centre refuses anything else); in a plain browser, the page's own `deviceId` and no
 * token. An explicit token (an officer's session) wins over the device's.
 */
const handshakeFor = (
  role: AppRole,
  shell: ShellDevice | null,
  deviceId: string,
  token: string | undefined,
): { deviceId: string; token: string | undefined } => {
  const paired = shell?.app === role ? shell : null;
  return {
    deviceId: paired?.deviceId ?? deviceId,
    token: token ?? paired?.token ?? undefined,
  };
};

/** One socket for the app's lifetime, with its connection state for an offline banner. */
export const useRoleSocket = <R extends AppRole>(
  role: R,
  serverUrl: string,
  deviceId: string,
  /** Reconnects with the new token when it changes (an officer signs in or out). */
  token?: string,
  /** Sent by a counter's rating screen: the counter it rates for. Default none. */
  ratingCounterId?: string,
): {
  socket: RoleSocket<R> | null;
  connection: ConnectionState;
  /** The paired device's token inside the shell, for the app's REST calls; else null. */
  deviceToken: string | null;
} => {
  const [socket, setSocket] = useState<RoleSocket<R> | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  // Undefined while the shell's bridge is asked (a plain browser answers at once: null).
  const [shell, setShell] = useState<ShellDevice | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void shellDeviceFrom(globalThis).then((device) => {
      if (current) setShell(device);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (shell === undefined) return undefined;
    const handshake = handshakeFor(role, shell, deviceId, token);
    const opened = connectRole(
      role,
      serverUrl,
      handshake.deviceId,
      handshake.token,
      ratingCounterId,
    );
    const onConnect = (): void => setConnection('online');
    const onDisconnect = (): void => setConnection('offline');
    opened.on('connect', onConnect);
    opened.on('disconnect', onDisconnect);
    opened.on('connect_error', onDisconnect);
    setSocket(opened);
    return () => {
      opened.close();
    };
  }, [role, serverUrl, deviceId, token, ratingCounterId, shell]);

  const deviceToken = shell?.app === role ? shell.token : null;
  return { socket, connection, deviceToken };
};
