export { startServer, serverVersion, type ServerOptions, type RunningServer } from './server';
export { demoCentre } from './config/demo-centre';
export type { CentreConfig } from './config/centre-config-schema';
