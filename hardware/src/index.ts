export { startAgent, type AgentOptions, type RunningAgent } from './agent/agent';
export { renderTicket } from './escpos/ticket-renderer';
export { createPrinter } from './printer/create-printer';
export type { PrinterDriver } from './printer/printer-driver';
export { parseDeviceUri, DeviceUriError, type DeviceUri } from './device-uri';
