import { useEffect, useState } from 'react';
import { businessDayOf, editableConfigSchema, type EditableConfig } from '@openops/protocol';
import { signOut } from '../sign-in-api';
import { callApi } from './supervisor-api';
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
import './supervisor.css';

type Tab = 'floor' | 'appointments' | 'reports' | 'config' | 'pairing';

const tabs: Array<{ id: Tab; label: string; adminOnly: boolean }> = [
  { id: 'floor', label: 'Sơ đồ quầy và thiết bị', adminOnly: false },
  { id: 'appointments', label: 'Lịch hẹn', adminOnly: false },
  { id: 'reports', label: 'Báo cáo', adminOnly: false },
  { id: 'config', label: 'Cấu hình', adminOnly: false },
  { id: 'pairing', label: 'Ghép nối thiết bị', adminOnly: true },
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
  const api = { serverUrl, token: session.token };
  const [tab, setTab] = useState<Tab>('floor');
  const [config, setConfig] = useState<EditableConfig | null>(null);
  const floor = useFloor(serverUrl, session.token, deviceId);
  const isAdmin = session.officer.roles.includes('admin');

  useEffect(() => {
    void callApi<unknown>({ serverUrl, token: session.token }, '/config').then((reply) => {
      const parsed = reply.ok ? editableConfigSchema.safeParse(reply.data) : null;
      if (parsed?.success) setConfig(parsed.data);
    });
  }, [serverUrl, session.token]);

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
          {tabs
            .filter((entry) => isAdmin || !entry.adminOnly)
            .map((entry) => (
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
          <FloorScreen view={floor.view} online={floor.online} />
          <SyncPanel api={api} view={floor.view} />
          <BackupPanel api={api} clock={floor.view} />
          <FloorSettingsForm api={api} current={floor.view?.waitAlertMinutes ?? null} />
        </>
      )}
      {tab === 'appointments' && (
        // A new business day starts the list on it again.
        <AppointmentsScreen key={today} api={api} config={config} today={today} />
      )}
      {tab === 'reports' && <ReportScreen api={api} config={config} today={today} />}
      {tab === 'config' && (
        <ConfigScreen api={api} actor={session.officer.id} config={config} onConfig={setConfig} />
      )}
      {tab === 'pairing' && <PairingScreen api={api} />}
    </main>
  );
};
