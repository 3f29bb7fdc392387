import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deviceIdFrom, serverUrlFrom } from '@openops/client';
import { CounterApp } from './counter-app';
import './counter.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CounterApp
        serverUrl={serverUrlFrom(window.location)}
        deviceId={deviceIdFrom(window.location, 'counter-pc-1')}
      />
    </StrictMode>,
  );
}
