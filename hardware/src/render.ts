/**
 * Rendering only (no drivers, no agent): what the server needs to show a print job's preview
 * without loading serial or HID bindings.
 */
export { renderDocument } from './escpos/render-document';
export { renderPreview } from './escpos/preview';
export { decodeEscPos, printedTextLines, type EscPosOp } from './escpos/escpos-decoder';
export { parsePaperWidth, type PaperWidth } from './escpos/paper';
