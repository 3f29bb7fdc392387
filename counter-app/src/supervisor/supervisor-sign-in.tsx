import { useContext, useState } from 'react';
import { signIn } from '../sign-in-api';
import { LanguageContext, useText } from '../ui-language';
import { LanguageSwitch } from './language-switch';
import { fromServer, type Bilingual } from '../bilingual';
import type { SupervisorSession } from './supervisor-session';

type Props = {
  serverUrl: string;
  onSignedIn: (session: SupervisorSession) => void;
  /** The language switch, before signing in: the choice is kept for the screens after it. */
  onToggleLanguage: () => void;
};

/** Supervisors and admins sign in with their account; counter officers are sent to their counter. */
export const SupervisorSignIn = ({ serverUrl, onSignedIn, onToggleLanguage }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ say: Bilingual } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (username.trim() === '' || password === '') {
      setMessage({
        say: {
          vi: 'Nhập tên đăng nhập và mật khẩu (user name and password required)',
          en: 'Enter your user name and password.',
        },
      });
      return;
    }
    setBusy(true);
    const reply = await signIn(serverUrl, username.trim(), password);
    setBusy(false);
    if (!reply.ok) {
      setMessage({ say: fromServer(reply.error.message) });
      return;
    }
    const { officer, token } = reply.data;
    if (!officer.roles.includes('supervisor') && !officer.roles.includes('admin')) {
      setMessage({
        say: {
          vi: `${officer.name} không có vai trò giám sát hoặc quản trị (supervisor or admin role required)`,
          en: `${officer.name} has no supervisor or admin role.`,
        },
      });
      return;
    }
    setPassword('');
    onSignedIn({ token, officer });
  };

  return (
    <main className="counter supervisor" lang={language}>
      <header className="supervisor-header sign-in-header">
        <h1>{tx('Giám sát và quản trị', 'Supervision and administration')}</h1>
        <LanguageSwitch onToggle={onToggleLanguage} />
      </header>
      <form
        className="sign-in"
        aria-label={tx('Đăng nhập giám sát', 'Supervisor sign-in')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label>
          {tx('Tên đăng nhập', 'User name')}
          <input
            value={username}
            autoComplete="username"
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          {tx('Mật khẩu', 'Password')}
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {tx('Đăng nhập', 'Sign in')}
        </button>
      </form>
      {message && <p role="alert">{message.say[language]}</p>}
    </main>
  );
};
