import { useEffect, useRef, useState } from 'react';
import { useRoleSocket, type RoleSocket } from '@openops/client';
import type { CentreSnapshot, CounterClientEvents } from '@openops/protocol';
import { CounterWorkspace } from './counter-workspace';
import { SignInScreen, type CounterSession } from './sign-in-screen';
import { requestReply } from './socket-request';
import { useCounterFeed } from './use-counter-feed';
import { fetchCentre } from './centre-api';
import { forgetSession, recallSession, rememberSession } from './session-store';
import { clearDraft } from './dossier-draft';
import { signOut } from './sign-in-api';
import { useSessionRefusal } from './use-session-refusal';
import { openRefused } from './counter-refusals';
import { languageKeys, useRememberedLanguage } from './remembered-language';
import { useDocumentLanguage } from './use-document-language';
import { LanguageContext } from './ui-language';
import { linkFailureText } from './link-failure-text';
import type { SignInMessage } from './sign-in-text';

type Props = { serverUrl: string; deviceId: string };

/** How a session ends: what the sign-in screen then says, and whether the dossier draft stays. */
type Ending = {
  /** Why the officer is back at the sign-in screen; null when he chose to leave. */
  notice: SignInMessage | null;
  /**
   * Kept when the session ended by itself (a refusal): the officer signs in again to the same
   * citizen's half-typed dossier. Cleared when he closes the counter or signs out.
   */
  keepDraft: boolean;
};

/**
 * The counter app: sign in to a counter, which opens it on the server (the counter then takes
 * calls under this officer), then the working screen until the officer closes the counter or
 * signs out. The session survives a reload of the page, so a crash of the screen loses nothing.
 * A session the server will not work with (opening the counter refused, the session ended or
 * the account disabled) goes back to the sign-in screen with the reason, forgotten: a working
 * screen on which every action is refused is no place to leave an officer.
 * The officer's language is held here, above both screens: chosen at sign-in, the working screen
 * opens in it, and it stays for the next sign-in on this screen. Vietnamese by default.
 */
export const CounterShell = ({ serverUrl, deviceId }: Props) => {
  const { language, toggle: toggleLanguage } = useRememberedLanguage(languageKeys.counter);
  useDocumentLanguage(language, { vi: 'Quầy giao dịch', en: 'Counter' });
  const [session, setSession] = useState<CounterSession | null>(() => recallSession(deviceId));
  const { socket, connection } = useRoleSocket(
    'counter',
    serverUrl,
    deviceId,
    session?.token ?? undefined,
  );
  const [openError, setOpenError] = useState<string | null>(null);
  const [signInNotice, setSignInNotice] = useState<SignInMessage | null>(null);
  const [restCentre, setRestCentre] = useState<CentreSnapshot | null>(null);
  // Listening starts with the socket, before sign-in, so what the server sends on connect
  // (the centre, the procedures) is there when the working screen opens.
  const feed = useCounterFeed(socket, session?.counter.id ?? null);
  // The session of the last render, for answers that arrive after it may have ended.
  const currentSession = useRef(session);
  useEffect(() => {
    currentSession.current = session;
  });
  // The socket of before a sign-in with an account: it carried no session (or another one), and
  // is replaced by one carrying the new session; what the server said to it is not about that.
  const socketBeforeSignIn = useRef<RoleSocket<'counter'> | null>(null);

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

  /** Back to the sign-in screen: the session is forgotten here and ended on the server. */
  const endSession = (ended: CounterSession, { notice, keepDraft }: Ending): void => {
    if (ended.token) void signOut(serverUrl, ended.token);
    if (!keepDraft) clearDraft(ended.counter.id);
    forgetSession(deviceId);
    setOpenError(null);
    setMustOpen(false);
    setSignInNotice(notice);
    setSession(null);
  };
  // The effect below reads the latest one when the server's answer arrives.
  const endSessionRef = useRef(endSession);
  useEffect(() => {
    endSessionRef.current = endSession;
  });

  useEffect(() => {
    // `connected` skips the socket of before sign-in, closed while the new one connects.
    if (!socket?.connected || !session || !mustOpen || connection !== 'online') return;
    void requestReply<CounterClientEvents, 'counter:open'>(socket, 'counter:open', {
      counterId: session.counter.id,
    }).then((reply) => {
      // The officer may have left meanwhile: the answer is not about the session there is now.
      if (currentSession.current !== session) return;
      if (reply.ok) {
        setOpenError(null);
        setMustOpen(false);
      } else if (openRefused(reply.error)) {
        // Another officer holds the counter, or this one still holds another: nothing on the
        // working screen would be accepted, "Đóng quầy" included.
        endSessionRef.current(session, {
          notice: {
            kind: 'open-refused',
            counterName: session.counter.name,
            reason: reply.error.message,
          },
          keepDraft: true,
        });
      } else setOpenError(reply.error.message);
    });
  }, [socket, session, mustOpen, connection]);

  useSessionRefusal(socket, (refusal, refused) => {
    if (!session || refused !== socket || refused === socketBeforeSignIn.current) return;
    endSession(session, { notice: { kind: 'session-ended', refusal }, keepDraft: true });
  });

  const signedIn = (next: CounterSession): void => {
    socketBeforeSignIn.current = next.token ? socket : null;
    rememberSession(deviceId, next);
    setSignInNotice(null);
    setMustOpen(true);
    setSession(next);
  };

  // Closing the counter ends the citizen's visit too: the next officer starts from an empty form.
  const leave = (): void => {
    if (session) endSession(session, { notice: null, keepDraft: false });
  };

  if (!socket || !session) {
    return (
      <LanguageContext.Provider value={language}>
        <SignInScreen
          serverUrl={serverUrl}
          snapshot={feed.snapshot ?? restCentre}
          connection={connection}
          notice={signInNotice}
          onSignedIn={signedIn}
          onToggleLanguage={toggleLanguage}
        />
      </LanguageContext.Provider>
    );
  }
  return (
    <LanguageContext.Provider value={language}>
      {/* Only the screen's own failures come here (see `openRefused`): worded in its language. */}
      {openError && (
        <p className="banner" role="status">
          {linkFailureText(openError, language)}
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
        onSignOut={leave}
        onToggleLanguage={toggleLanguage}
      />
    </LanguageContext.Provider>
  );
};
