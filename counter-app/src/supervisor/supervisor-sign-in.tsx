import { useState } from 'react';
import { signIn } from '../sign-in-api';
import type { SupervisorSession } from './supervisor-session';

type Props = { serverUrl: string; onSignedIn: (session: SupervisorSession) => void };

/** Supervisors and admins sign in with their account; counter officers are sent to their counter. */
export const SupervisorSignIn = ({ serverUrl, onSignedIn }: Props) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (username.trim() === '' || password === '') {
      setMessage('Nhập tên đăng nhập và mật khẩu (user name and password required)');
      return;
    }
    setBusy(true);
    const reply = await signIn(serverUrl, username.trim(), password);
    setBusy(false);
    if (!reply.ok) {
      setMessage(reply.error.message);
      return;
    }
    const { officer, token } = reply.data;
    if (!officer.roles.includes('supervisor') && !officer.roles.includes('admin')) {
      setMessage(
        `${officer.name} không có vai trò giám sát hoặc quản trị (supervisor or admin role required)`,
      );
      return;
    }
    setPassword('');
    onSignedIn({ token, officer });
  };

  return (
    <main className="counter supervisor">
      <h1>Giám sát và quản trị</h1>
      <form
        className="sign-in"
        aria-label="Đăng nhập giám sát"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          Tên đăng nhập
          <input
            value={username}
            autoComplete="username"
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          Mật khẩu
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Đăng nhập
        </button>
      </form>
      {message && <p role="alert">{message}</p>}
    </main>
  );
};
