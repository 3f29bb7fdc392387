import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/**
 * The Vite configuration every app shares. `base: './'` lets the queue server host each
 * build under its own path (/kiosk, /counter, /display) and Electron load it too.
 * `server` proxies the queue server during `npm run dev` (default http://localhost:8080).
 */
export const appViteConfig = (): UserConfig => ({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
