import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deviceIdFrom, serverUrlFrom } from '@openops/client';
import { DisplayApp } from './display-app';
import './display.css';
import './display-notices.css';
import './display-portrait.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DisplayApp
        serverUrl={serverUrlFrom(window.location)}
        deviceId={deviceIdFrom(window.location, 'display-1')}
      />
    </StrictMode>,
  );
}
