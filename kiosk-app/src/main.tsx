import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deviceIdFrom, serverUrlFrom } from '@openops/client';
import { KioskApp } from './kiosk-app';
import { idleMsFrom } from './use-idle-reset';
import './kiosk.css';
import './home-layout.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KioskApp
        serverUrl={serverUrlFrom(window.location)}
        deviceId={deviceIdFrom(window.location, 'kiosk-1')}
        idleMs={idleMsFrom(window.location)}
      />
    </StrictMode>,
  );
}
