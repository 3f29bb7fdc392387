import { fail, type Reply, type Session } from '@openops/protocol';
import { linkFailures } from './link-failure-text';

/** `POST /api/v1/sessions`: an officer's session token, or a coded refusal. */
export const signIn = async (
  serverUrl: string,
  username: string,
  password: string,
): Promise<Reply<Session>> => {
  try {
    const response = await fetch(`${serverUrl}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    // The server always answers an envelope, whatever the status.
    return (await response.json()) as Reply<Session>;
  } catch {
    return fail('internal', linkFailures.unreachable.vi);
  }
};

/** `DELETE /api/v1/sessions/current`: ends the session; a failure is not worth blocking on. */
export const signOut = async (serverUrl: string, token: string): Promise<void> => {
  await fetch(`${serverUrl}/api/v1/sessions/current`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => undefined);
};
