export {
  startReferenceBackend,
  type ReferenceBackendOptions,
  type RunningBackend,
} from './backend-server';
export { createBackendState, type BackendState } from './backend-state';
