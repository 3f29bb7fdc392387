export { serverUrlFrom, deviceIdFrom } from './server-url';
export { invalidDeviceIdText, type DeviceNoun } from './device-address';
export {
  connectRole,
  listenTo,
  type AppRole,
  type RoleListeners,
  type RoleSocket,
} from './role-socket';
export { useRoleSocket, type ConnectionState } from './use-role-socket';
export { handshakeRefusalOf, type HandshakeRefusal } from './handshake-refusal';
export { useHandshakeRefusal, refusedRetryMs } from './use-handshake-refusal';
export { useLanguage, interpolate, languages, type Language, type Messages } from './language';
export { newRequestId } from './request-id';
export { nameIn } from './name-in';
