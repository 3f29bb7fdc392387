import { useMemo, useState } from 'react';
import { businessDayOf } from '@openops/protocol';
import { signOut } from '../sign-in-api';
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
import './supervisor.css';

type Tab = 'floor' | 'appointments' | 'reports' | 'config' | 'pairing';

// Every tab is open to supervisors and admins; what only an admin may do (approving and
// revoking devices) is offered to admins alone within its tab, as the server enforces.
const tabs: Array<{ id: Tab; label: string }> = [
  { id: 'floor', label: 'Sơ đồ quầy và thiết bị' },
  { id: 'appointments', label: 'Lịch hẹn' },
  { id: 'reports', label: 'Báo cáo' },
  { id: 'config', label: 'Cấu hình' },
  { id: 'pairing', label: 'Ghép nối thiết bị' },
];

type Props = { serverUrl: string; deviceId: string };

/** The supervisor and admin screens (`/counter/?view=supervisor`), after their own sign-in. */
export const SupervisorApp = ({ serverUrl, deviceId }: Props) => {
  const [session, setSession] = useState<SupervisorSession | null>(recallSupervisor);
  if (!session) {
    return (
      <SupervisorSignIn
        serverUrl={serverUrl}
        onSignedIn={(next) => {
          rememberSupervisor(next);
          setSession(next);
        }}
      />
    );
  }
  return (
    <SupervisorWorkspace
      serverUrl={serverUrl}
      deviceId={deviceId}
      session={session}
      onLeave={() => {
        void signOut(serverUrl, session.token);
        forgetSupervisor();
        setSession(null);
      }}
    />
  );
};

const SupervisorWorkspace = ({
  serverUrl,
  deviceId,
  session,
  onLeave,
}: Props & { session: SupervisorSession; onLeave: () => void }) => {
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
    <main className="counter supervisor">
      <header className="supervisor-header">
        <h1>Giám sát trung tâm</h1>
        <p>
          {session.officer.name} · {isAdmin ? 'Quản trị' : 'Giám sát'}{' '}
          <button type="button" onClick={onLeave}>
            Đăng xuất
          </button>
        </p>
        <nav aria-label="Chức năng giám sát" className="tabs">
          {tabs.map((entry) => (
            <button
              key={entry.id}
              type="button"
              aria-pressed={tab === entry.id}
              className={tab === entry.id ? 'primary' : undefined}
              onClick={() => setTab(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </nav>
        {floor.refusal && <p role="alert">{floor.refusal}</p>}
      </header>
      {tab === 'floor' && (
        <>
          <FloorScreen
            view={floor.view}
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
