import { useContext, useEffect, useRef, useState } from 'react';
import type { ConnectionState } from '@openops/client';
import type { CentreSnapshot, Counter } from '@openops/protocol';
import { signIn } from './sign-in-api';
import type { SignedInOfficer } from './counter-workspace';
import { signInText, type SignInMessage } from './sign-in-text';
import { LanguageContext, useMessages, useText } from './ui-language';

export type CounterSession = {
  counter: Counter;
  /** Null when entering without an account (a demo server allows it). */
  officer: SignedInOfficer | null;
  token: string | null;
};

type Props = {
  serverUrl: string;
  snapshot: CentreSnapshot | null;
  connection: ConnectionState;
  /**
   * Why the officer is back here without having closed the counter (opening it was refused,
   * the session ended); shown until he tries again. Default none.
   */
  notice?: SignInMessage | null;
  onSignedIn: (session: CounterSession) => void;
  /**
   * Switches between Vietnamese and English (the language comes from `LanguageContext`): the
   * shell holds the choice, so the working screen opens in it.
   */
  onToggleLanguage: () => void;
};

const accountNeeded: SignInMessage = { kind: 'account-needed' };

/**
 * Sign in to a counter: the officer's account, then the counter (each listed with the services
 * it serves). Without a user name the counter opens in demo mode, which only a demo server accepts.
 * Vietnamese first, with the language switch of the working screen.
 */
export const SignInScreen = ({
  serverUrl,
  snapshot,
  connection,
  notice = null,
  onSignedIn,
  onToggleLanguage,
}: Props) => {
  const language = useContext(LanguageContext);
  const tx = useText();
  const t = useMessages();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // Kept as what happened and worded when shown, so the language may be switched after.
  const [errors, setErrors] = useState<Record<string, SignInMessage>>({});
  const [message, setMessage] = useState<SignInMessage | null>(notice);
  const errorText = (field: string): string | null => {
    const error = errors[field];
    return error ? signInText(error, language) : null;
  };
  const [busy, setBusy] = useState(false);
  const firstCounter = useRef<HTMLButtonElement>(null);
  // A counter chosen without an account while the socket is still connecting: whether the server
  // admits a screen without an account is known only once the socket is in or refused.
  const [awaitingSocket, setAwaitingSocket] = useState<Counter | null>(null);

  useEffect(() => {
    if (!awaitingSocket || connection === 'connecting') return;
    setAwaitingSocket(null);
    if (connection === 'online')
      onSignedIn({ counter: awaitingSocket, officer: null, token: null });
    else setErrors({ username: accountNeeded });
  }, [awaitingSocket, connection, onSignedIn]);

  const choose = async (counter: Counter): Promise<void> => {
    if (username.trim() === '') {
      // Only an open demo server lets a screen without an account in; elsewhere its socket is
      // refused, so ask for the account rather than open a screen that cannot work.
      if (connection === 'connecting') {
        setAwaitingSocket(counter);
        return;
      }
      if (connection === 'offline') {
        setErrors({ username: accountNeeded });
        return;
      }
      onSignedIn({ counter, officer: null, token: null });
      return;
    }
    if (password === '') {
      setErrors({ password: { kind: 'password-needed' } });
      return;
    }
    setBusy(true);
    const reply = await signIn(serverUrl, username.trim(), password);
    setBusy(false);
    if (!reply.ok) {
      setErrors(
        Object.fromEntries(
          (reply.error.issues ?? []).map((issue): [string, SignInMessage] => [
            issue.path,
            { kind: 'server', message: issue.message },
          ]),
        ),
      );
      setMessage({ kind: 'server', message: reply.error.message });
      return;
    }
    const { officer, token } = reply.data;
    if (officer.counterIds && !officer.counterIds.includes(counter.id)) {
      setMessage({ kind: 'not-assigned', officerName: officer.name, counterName: counter.name });
      return;
    }
    setPassword('');
    onSignedIn({
      counter,
      officer: { id: officer.id, name: officer.name, roles: officer.roles },
      token,
    });
  };

  const serviceNames = (counter: Counter): string =>
    counter.serviceIds
      .map((id) => {
        const service = snapshot?.services.find((candidate) => candidate.id === id);
        return service ? tx(service.name, service.nameEn) : id;
      })
      .join(', ');
  const usernameError = errorText('username');
  const passwordError = errorText('password');

  return (
    <main className="counter" lang={language}>
      <header className="sign-in-header">
        <h1>{t('chooseCounter')}</h1>
        <button type="button" onClick={onToggleLanguage}>
          {t('language')}
        </button>
      </header>
      {connection !== 'online' && (
        <p role="status">
          {t('connecting')}
          {awaitingSocket &&
            ` ${tx(
              `${awaitingSocket.name} sẽ mở khi kết nối xong.`,
              `${awaitingSocket.name} opens once connected.`,
            )}`}
        </p>
      )}
      <p className="hint">
        {tx(
          'Nhập tài khoản cán bộ, rồi chọn quầy bạn làm việc hôm nay.',
          'Enter your officer account, then choose the counter you work at today.',
        )}
      </p>
      <form
        className="sign-in"
        aria-label={tx('Đăng nhập cán bộ', 'Officer sign-in')}
        onSubmit={(event) => event.preventDefault()}
        onKeyDown={(event) => {
          // Enter after the password: the sign-in happens at a counter, so go to the counters.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setMessage({ kind: 'choose-counter' });
          firstCounter.current?.focus();
        }}
      >
        <label>
          {tx('Tên đăng nhập', 'User name')}
          <input
            value={username}
            autoComplete="username"
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={usernameError ? 'username-error' : undefined}
          />
        </label>
        {usernameError && (
          <p id="username-error" className="field-error">
            {usernameError}
          </p>
        )}
        <label>
          {tx('Mật khẩu', 'Password')}
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? 'password-error' : undefined}
          />
        </label>
        {passwordError && (
          <p id="password-error" className="field-error">
            {passwordError}
          </p>
        )}
      </form>
      <div className="counter-list">
        {(snapshot?.counters ?? []).map((candidate, index) => (
          <button
            key={candidate.id}
            ref={index === 0 ? firstCounter : undefined}
            type="button"
            disabled={busy}
            aria-label={candidate.name}
            aria-describedby={`services-${candidate.id}`}
            onClick={() => void choose(candidate)}
          >
            {candidate.name}
            <small id={`services-${candidate.id}`} className="counter-services">
              {serviceNames(candidate)}
            </small>
          </button>
        ))}
      </div>
      {message && <p role="alert">{signInText(message, language)}</p>}
    </main>
  );
};
