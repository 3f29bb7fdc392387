import { useEffect, useState } from 'react';
import { useRoleSocket } from '@openops/client';
import type { CounterClientEvents } from '@openops/protocol';
import { useCounterFeed } from './use-counter-feed';
import { CounterWorkspace } from './counter-workspace';
import { SignInScreen, type CounterSession } from './sign-in-screen';
import { requestReply } from './socket-request';

type Props = { serverUrl: string; deviceId: string };

/**
 * The counter app: sign in to a counter, which opens it on the server (the counter then takes
 * calls under this officer), then the working screen until the officer leaves.
 */
export const CounterShell = ({ serverUrl, deviceId }: Props) => {
  const { socket, connection } = useRoleSocket('counter', serverUrl, deviceId);
  const [session, setSession] = useState<CounterSession | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  // Listening starts with the socket, before sign-in, so what the server sends on connect
  // (the centre, the procedures) is there when the working screen opens.
  const feed = useCounterFeed(socket, session?.counter.id ?? null);

  // Opening the counter on sign-in (and again after a reconnect) makes the server send this
  // counter's view; a refusal is shown but the screen stays usable for what the server allows.
  useEffect(() => {
    if (!socket || !session || connection !== 'online') return;
    void requestReply<CounterClientEvents, 'counter:open'>(socket, 'counter:open', {
      counterId: session.counter.id,
    }).then((reply) => setOpenError(reply.ok ? null : reply.error.message));
  }, [socket, session, connection]);

  if (!socket || !session) {
    return (
      <SignInScreen
        serverUrl={serverUrl}
        snapshot={feed.snapshot}
        connection={connection}
        onSignedIn={setSession}
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
      />
    </>
  );
};
