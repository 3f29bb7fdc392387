/**
 * HID-POS barcode scanner input reports (usage page 0x8C), the layout common to scanners in
 * HID-POS mode: `[report id 0x02][data length][data ... 56 bytes][AIM symbology id, 3 bytes]
 * [flags]`, 62 bytes; flag bit 0 says more reports follow for the same code.
 */
export const hidPosReportId = 0x02;
export const hidPosDataBytes = 56;
export const hidPosReportBytes = 2 + hidPosDataBytes + 3 + 1;

export type HidPosChunk = { data: Uint8Array; more: boolean; symbology: string };

/** Parses one report; null when it is not a HID-POS scan report (wrong id, size or length). */
export const parseHidPosReport = (report: Uint8Array): HidPosChunk | null => {
  if (report.length < hidPosReportBytes || report[0] !== hidPosReportId) return null;
  const length = report[1] ?? 0;
  if (length > hidPosDataBytes) return null;
  const symbology = String.fromCharCode(...report.slice(2 + hidPosDataBytes, 5 + hidPosDataBytes));
  const flags = report[5 + hidPosDataBytes] ?? 0;
  return { data: report.slice(2, 2 + length), more: (flags & 1) === 1, symbology };
};

/** Builds a report, for tests and for recording fixtures. */
export const buildHidPosReport = (
  data: Uint8Array,
  more: boolean,
  symbology = ']Q1',
): Uint8Array => {
  const report = new Uint8Array(hidPosReportBytes);
  report[0] = hidPosReportId;
  report[1] = Math.min(hidPosDataBytes, data.length);
  report.set(data.slice(0, hidPosDataBytes), 2);
  report.set(new TextEncoder().encode(symbology.slice(0, 3)), 2 + hidPosDataBytes);
  report[5 + hidPosDataBytes] = more ? 1 : 0;
  return report;
};
