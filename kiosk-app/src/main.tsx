import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deviceIdFrom, invalidDeviceIdText, serverUrlFrom } from '@openops/client';
import { KioskApp } from './kiosk-app';
import { idleMsFrom } from './use-idle-reset';
import './kiosk.css';
import './home-layout.css';

const root = document.getElementById('root');
const deviceId = deviceIdFrom(window.location, 'kiosk-1');
// A mistyped ?device= is said at once, by its value: the server would only refuse it.
const badAddress = invalidDeviceIdText(deviceId, { vi: 'kiosk', en: 'kiosk' });
if (root) {
  createRoot(root).render(
    <StrictMode>
      {badAddress ? (
        <main className="kiosk" lang="vi">
          <section className="panel offline">
            <h2>Kiosk chưa được cấu hình (this kiosk is not set up)</h2>
            <p role="alert">{badAddress}</p>
          </section>
        </main>
      ) : (
        <KioskApp
          serverUrl={serverUrlFrom(window.location)}
          deviceId={deviceId}
          idleMs={idleMsFrom(window.location)}
        />
      )}
    </StrictMode>,
  );
}
