import { useEffect, useState } from 'react';
import { useRoleSocket } from '@openops/client';
import type { CentreSnapshot, CounterClientEvents } from '@openops/protocol';
import { CounterWorkspace } from './counter-workspace';
import { SignInScreen, type CounterSession } from './sign-in-screen';
import { requestReply } from './socket-request';
import { useCounterFeed } from './use-counter-feed';
import { fetchCentre } from './centre-api';
import { forgetSession, recallSession, rememberSession } from './session-store';
import { clearDraft } from './dossier-draft';
import { signOut } from './sign-in-api';

type Props = { serverUrl: string; deviceId: string };

/**
 * The counter app: sign in to a counter, which opens it on the server (the counter then takes
 * calls under this officer), then the working screen until the officer closes the counter.
 * The session survives a reload of the page, so a crash of the screen loses nothing.
 */
export const CounterShell = ({ serverUrl, deviceId }: Props) => {
  const [session, setSession] = useState<CounterSession | null>(() => recallSession(deviceId));
  const { socket, connection } = useRoleSocket(
    'counter',
    serverUrl,
    deviceId,
    session?.token ?? undefined,
  );
  const [openError, setOpenError] = useState<string | null>(null);
  const [restCentre, setRestCentre] = useState<CentreSnapshot | null>(null);
  // Listening starts with the socket, before sign-in, so what the server sends on connect
  // (the centre, the procedures) is there when the working screen opens.
  const feed = useCounterFeed(socket, session?.counter.id ?? null);

  // A server that admits only signed-in officers on its sockets still lists its counters over
  // REST, so the sign-in screen never depends on the socket.
  useEffect(() => {
    if (session) return;
    void fetchCentre(serverUrl).then((centre) => {
      if (centre) setRestCentre(centre);
    });
  }, [serverUrl, session]);

  // The counter opens once, right after sign-in: opening again on a reconnect or a reload would
  // resume a counter the officer had paused. A signed-in officer's socket is given the views of
  // the counters he holds on every connect; a demo session (no account) re-opens to get them.
  const [mustOpen, setMustOpen] = useState(() => session !== null && session.token === null);
  useEffect(() => {
    // `connected` skips the socket of before sign-in, closed while the new one connects.
    if (!socket?.connected || !session || !mustOpen || connection !== 'online') return;
    void requestReply<CounterClientEvents, 'counter:open'>(socket, 'counter:open', {
      counterId: session.counter.id,
    }).then((reply) => {
      setOpenError(reply.ok ? null : reply.error.message);
      if (reply.ok) setMustOpen(false);
    });
  }, [socket, session, mustOpen, connection]);

  const signedIn = (next: CounterSession): void => {
    rememberSession(deviceId, next);
    setMustOpen(true);
    setSession(next);
  };

  const leave = (): void => {
    if (session?.token) void signOut(serverUrl, session.token);
    // Closing the counter ends the citizen's visit too: the next officer starts from an empty form.
    if (session) clearDraft(session.counter.id);
    forgetSession(deviceId);
    setSession(null);
  };

  if (!socket || !session) {
    return (
      <SignInScreen
        serverUrl={serverUrl}
        snapshot={feed.snapshot ?? restCentre}
        connection={connection}
        onSignedIn={signedIn}
      />
    );
  }
  return (
    <>
      {openError && (
        <p className="banner" role="status">
          {openError}
        </p>
      )}
      <CounterWorkspace
        socket={socket}
        feed={feed}
        connection={connection}
        counter={session.counter}
        officer={session.officer}
        token={session.token}
        serverUrl={serverUrl}
        deviceId={deviceId}
        onLeave={leave}
      />
    </>
  );
};
