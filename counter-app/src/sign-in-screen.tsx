import { useEffect, useRef, useState } from 'react';
import type { ConnectionState } from '@openops/client';
import type { CentreSnapshot, Counter } from '@openops/protocol';
import { signIn } from './sign-in-api';
import type { SignedInOfficer } from './counter-workspace';

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
  notice?: string | null;
  onSignedIn: (session: CounterSession) => void;
};

/**
 * Sign in to a counter: the officer's account, then the counter (each listed with the services
 * it serves). Without a user name the counter opens in demo mode, which only a demo server accepts.
 */
const accountNeeded = 'Nhập tên đăng nhập của cán bộ (sign in with your account)';

export const SignInScreen = ({
  serverUrl,
  snapshot,
  connection,
  notice = null,
  onSignedIn,
}: Props) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(notice);
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
      setErrors({ password: 'Nhập mật khẩu (password required)' });
      return;
    }
    setBusy(true);
    const reply = await signIn(serverUrl, username.trim(), password);
    setBusy(false);
    if (!reply.ok) {
      setErrors(
        Object.fromEntries((reply.error.issues ?? []).map((issue) => [issue.path, issue.message])),
      );
      setMessage(reply.error.message);
      return;
    }
    const { officer, token } = reply.data;
    if (officer.counterIds && !officer.counterIds.includes(counter.id)) {
      setMessage(`${officer.name} không được phân công tại ${counter.name}`);
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
      .map((id) => snapshot?.services.find((service) => service.id === id)?.name ?? id)
      .join(', ');

  return (
    <main className="counter">
      <h1>Chọn quầy làm việc</h1>
      {connection !== 'online' && (
        <p role="status">
          {awaitingSocket
            ? `Đang kết nối tới máy chủ… ${awaitingSocket.name} sẽ mở khi kết nối xong.`
            : 'Đang kết nối tới máy chủ…'}
        </p>
      )}
      <p className="hint">Nhập tài khoản cán bộ, rồi chọn quầy bạn làm việc hôm nay.</p>
      <form
        className="sign-in"
        aria-label="Đăng nhập cán bộ"
        onSubmit={(event) => event.preventDefault()}
        onKeyDown={(event) => {
          // Enter after the password: the sign-in happens at a counter, so go to the counters.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          setMessage('Chọn quầy bên dưới để vào làm việc (choose your counter below)');
          firstCounter.current?.focus();
        }}
      >
        <label>
          Tên đăng nhập
          <input
            value={username}
            autoComplete="username"
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={errors.username ? true : undefined}
            aria-describedby={errors.username ? 'username-error' : undefined}
          />
        </label>
        {errors.username && (
          <p id="username-error" className="field-error">
            {errors.username}
          </p>
        )}
        <label>
          Mật khẩu
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'password-error' : undefined}
          />
        </label>
        {errors.password && (
          <p id="password-error" className="field-error">
            {errors.password}
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
      {message && <p role="alert">{message}</p>}
    </main>
  );
};
