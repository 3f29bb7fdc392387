export { startAgent, type AgentOptions, type RunningAgent } from './agent/agent';
export { renderTicket } from './escpos/ticket-renderer';
export { renderDossierReceipt } from './escpos/receipt-renderer';
export { renderDocument } from './escpos/render-document';
export { renderPreview } from './escpos/preview';
export { decodeEscPos, printedTextLines, type EscPosOp } from './escpos/escpos-decoder';
export { paperProfile, type PaperWidth } from './escpos/paper';
export { createPrinter } from './printer/create-printer';
export { PrintError, type PrinterDriver, type PrinterCondition } from './printer/printer-driver';
export { faultsFromStatus, statusBytesFor, isStatusByte } from './printer/printer-status';
export { createScanner } from './scanner/create-scanner';
export type { ScannerDriver } from './scanner/scanner-driver';
export { buildHidPosReport, parseHidPosReport } from './scanner/hid-pos-report';
export { createKeypad, keypadModels } from './keypad/create-keypad';
export type { KeypadDriver } from './keypad/keypad-driver';
export {
  createFrameDecoder,
  encodeFrame,
  frameTypes,
  type KeypadFrame,
} from './keypad/keypad-frame';
export { parseDeviceUri, DeviceUriError, type DeviceUri } from './device-uri';
