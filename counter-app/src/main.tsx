import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deviceIdFrom, invalidDeviceIdText, serverUrlFrom } from '@openops/client';
import { CounterShell } from './counter-shell';
import { RatingPage } from './rating-page';
import { SupervisorApp } from './supervisor/supervisor-app';
import './counter.css';

const root = document.getElementById('root');
const query = new URLSearchParams(window.location.search);
const serverUrl = serverUrlFrom(window.location);
// `?view=rating&counter=<id>` turns a tablet at that counter (or a kiosk) into its rating page.
const ratingCounter = query.get('view') === 'rating' ? query.get('counter') : null;
// A mistyped ?device= is said at once, by its value: the server would only refuse it.
const badAddress = query.has('device')
  ? invalidDeviceIdText(query.get('device') ?? '', { vi: 'máy', en: 'device' })
  : null;
if (root) {
  createRoot(root).render(
    <StrictMode>
      {badAddress ? (
        <main className="counter" lang="vi">
          <h1>Máy này chưa được cấu hình (this device is not set up)</h1>
          <p role="alert">{badAddress}</p>
        </main>
      ) : query.get('view') === 'supervisor' ? (
        // Supervisors and admins: live floor, devices, reports, configuration (issue 9).
        <SupervisorApp
          serverUrl={serverUrl}
          deviceId={deviceIdFrom(window.location, 'supervisor-1')}
        />
      ) : ratingCounter && /^[A-Za-z0-9._-]{1,64}$/.test(ratingCounter) ? (
        <RatingPage
          serverUrl={serverUrl}
          deviceId={deviceIdFrom(window.location, `rating-${ratingCounter}`)}
          counterId={ratingCounter}
        />
      ) : (
        <CounterShell
          serverUrl={serverUrl}
          deviceId={deviceIdFrom(window.location, 'counter-pc-1')}
        />
      )}
    </StrictMode>,
  );
}
