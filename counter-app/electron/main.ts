import { startShell } from '@openops/shell/main';

startShell('counter');
