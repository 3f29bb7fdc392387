import { useContext, useMemo, useState } from 'react';
import { businessDayOf } from '@openops/protocol';
import { signOut } from '../sign-in-api';
import { LanguageContext, useText } from '../ui-language';
import {
  forgetSupervisor,
  recallSupervisor,
  rememberSupervisor,
  type SupervisorSession,
} from './supervisor-session';
import { SupervisorSignIn } from './supervisor-sign-in';
import { useFloor } from './use-floor';
import { FloorScreen } from './floor-screen';
import { BackupPanel } from './backup-panel';
import { SyncPanel } from './sync-panel';
import { ReportScreen } from './report-screen';
import { ConfigScreen } from './config-screen';
import { PairingScreen } from './pairing-screen';
import { AppointmentsScreen } from './appointments-screen';
import { FloorSettingsForm } from './floor-settings-form';
import { useEditableConfig } from './use-editable-config';
import { backupFailureOf } from './backup-headline';
import { LanguageSwitch } from './language-switch';
import { fromServer } from '../bilingual';
import { languageKeys, useRememberedLanguage } from '../remembered-language';
import { useDocumentLanguage } from '../use-document-language';
import './supervisor.css';

type Tab = 'floor' | 'appointments' | 'reports' | 'config' | 'pairing';

// Every tab is open to supervisors and admins; what only an admin may do (approving and
// revoking devices) is offered to admins alone within its tab, as the server enforces.
const tabs: Array<{ id: Tab; vi: string; en: string }> = [
  { id: 'floor', vi: 'Sơ đồ quầy và thiết bị', en: 'Counters and devices' },
  { id: 'appointments', vi: 'Lịch hẹn', en: 'Appointments' },
  { id: 'reports', vi: 'Báo cáo', en: 'Reports' },
  { id: 'config', vi: 'Cấu hình', en: 'Configuration' },
  { id: 'pairing', vi: 'Ghép nối thiết bị', en: 'Device pairing' },
];

type Props = { serverUrl: string; deviceId: string };

/**
 * The supervisor and admin screens (`/counter/?view=supervisor`), after their own sign-in. The
 * language is held here, above the sign-in, so it is chosen before signing in and kept after;
 * every screen below reads it with `useText()`.
 */
export const SupervisorApp = ({ serverUrl, deviceId }: Props) => {
  const [session, setSession] = useState<SupervisorSession | null>(recallSupervisor);
  const { language, toggle: toggleLanguage } = useRememberedLanguage(languageKeys.supervisor);
  useDocumentLanguage(language, { vi: 'Giám sát trung tâm', en: 'Centre supervision' });
  return (
    <LanguageContext.Provider value={language}>
      {session ? (
        <SupervisorWorkspace
          serverUrl={serverUrl}
          deviceId={deviceId}
          session={session}
          onToggleLanguage={toggleLanguage}
          onLeave={() => {
            void signOut(serverUrl, session.token);
            forgetSupervisor();
            setSession(null);
          }}
        />
      ) : (
        <SupervisorSignIn
          serverUrl={serverUrl}
          onToggleLanguage={toggleLanguage}
          onSignedIn={(next) => {
            rememberSupervisor(next);
            setSession(next);
          }}
        />
      )}
    </LanguageContext.Provider>
  );
};

const SupervisorWorkspace = ({
  serverUrl,
  deviceId,
  session,
  onToggleLanguage,
  onLeave,
}: Props & { session: SupervisorSession; onToggleLanguage: () => void; onLeave: () => void }) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const api = useMemo(() => ({ serverUrl, token: session.token }), [serverUrl, session.token]);
  const [tab, setTab] = useState<Tab>('floor');
  const editable = useEditableConfig(api);
  const { config } = editable;
  const floor = useFloor(serverUrl, session.token, deviceId);
  const isAdmin = session.officer.roles.includes('admin');
  const isSupervisor = isAdmin || session.officer.roles.includes('supervisor');

  // The centre's business day: the floor's, else today in the centre's time zone (not UTC's).
  const today =
    floor.view?.businessDay ??
    businessDayOf(new Date(), config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh');
  return (
    <main className="counter supervisor" lang={language}>
      <header className="supervisor-header">
        <h1>{tx('Giám sát trung tâm', 'Centre supervision')}</h1>
        <p>
          {session.officer.name} ·{' '}
          {isAdmin ? tx('Quản trị', 'Admin') : tx('Giám sát', 'Supervisor')}{' '}
          <LanguageSwitch onToggle={onToggleLanguage} />{' '}
          <button type="button" onClick={onLeave}>
            {tx('Đăng xuất', 'Sign out')}
          </button>
        </p>
        <nav aria-label={tx('Chức năng giám sát', 'Supervisor functions')} className="tabs">
          {tabs.map((entry) => (
            <button
              key={entry.id}
              type="button"
              aria-pressed={tab === entry.id}
              className={tab === entry.id ? 'primary' : undefined}
              onClick={() => setTab(entry.id)}
            >
              {tx(entry.vi, entry.en)}
            </button>
          ))}
        </nav>
        {floor.refusal && <p role="alert">{fromServer(floor.refusal)[language]}</p>}
      </header>
      {tab === 'floor' && (
        <>
          <FloorScreen
            view={floor.view}
            services={config?.services ?? []}
            online={floor.online}
            api={api}
            canRelease={isSupervisor}
          />
          <SyncPanel api={api} view={floor.view} />
          <BackupPanel api={api} clock={floor.view} failure={backupFailureOf(floor.view)} />
          <FloorSettingsForm api={api} current={floor.view?.waitAlertMinutes ?? null} />
        </>
      )}
      {tab === 'appointments' && (
        // A new business day starts the list on it again.
        <AppointmentsScreen key={today} api={api} config={config} today={today} />
      )}
      {tab === 'reports' && <ReportScreen api={api} config={config} today={today} />}
      {tab === 'config' && (
        <ConfigScreen
          api={api}
          actor={session.officer.id}
          config={config}
          problem={editable.problem}
          onConfig={editable.replace}
          onReload={editable.reload}
        />
      )}
      {tab === 'pairing' && <PairingScreen api={api} isAdmin={isAdmin} config={config} />}
    </main>
  );
};
