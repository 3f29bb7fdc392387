import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/** The apps whose Vite builds the server hosts, each at `/<name>`. */
export const hostedApps = ['kiosk', 'counter', 'display'] as const;
export type HostedApp = (typeof hostedApps)[number];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where an app's build lives; default `<repo>/<name>-app/dist`. */
export const defaultAppDist = (app: HostedApp): string => path.join(repoRoot, `${app}-app`, 'dist');

/**
 * Serves one app's build, falling back to its index.html for client-side routes.
 * A missing build answers 503 naming the command that makes it.
 */
export const staticApp = (distDir: string, app: HostedApp): Router => {
  const router = express.Router();
  router.use(express.static(distDir, { index: 'index.html', fallthrough: true }));
  router.use((_request, response) => {
    const index = path.join(distDir, 'index.html');
    if (existsSync(index)) {
      response.sendFile(index);
      return;
    }
    response
      .status(503)
      .type('text/plain; charset=utf-8')
      .send(`Ứng dụng ${app} chưa được build (app not built): chạy "npm run build:apps".`);
  });
  return router;
};
