import { renderPreview } from '../escpos/preview';
import { clearRasterCache } from '../escpos/raster';
import { renderDocument } from '../escpos/render-document';
import { sampleReceipt, sampleTicket } from '../escpos/sample-documents';
import type { PaperWidth } from '../escpos/paper';
import type { PrintDocument } from '@openops/protocol';

/**
 * Render time and size of a Vietnamese ticket and a dossier receipt (targets: a ticket in
 * ≤ 20 ms and ≤ 10 KB). Each document has its own number, people ahead and wait, so the lines
 * that change are drawn every time; the centre name, titles and footer come from the line cache
 * as they do in a running agent.
 */
const runs = 200;

const measure = (
  name: string,
  make: (index: number) => PrintDocument,
  paper: PaperWidth,
  cold = false,
): void => {
  renderDocument(make(0), paper); // loads the font once, as a running agent has
  const times: number[] = [];
  let bytes = 0;
  for (let index = 1; index <= runs; index += 1) {
    const document = make(index);
    if (cold) clearRasterCache();
    const started = performance.now();
    bytes = renderDocument(document, paper).length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2);
  process.stdout.write(
    `${name.padEnd(22)} ${String(paper)} mm  median ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms  ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)\n`,
  );
};

const ticket = (index: number): PrintDocument => ({
  ...sampleTicket,
  ticketNumber: `A${String(index).padStart(3, '0')}`,
  peopleAhead: index % 40,
  estimatedWaitMinutes: (index * 3) % 90,
});
const receipt = (index: number): PrintDocument => ({
  ...sampleReceipt,
  dossierCode: `000.00.06.H56-261126-${String(index).padStart(4, '0')}`,
});

process.stdout.write(`hardware: ESC/POS rendering, ${runs} documents each\n`);
for (const paper of [80, 58] as const) {
  measure('ticket (Vietnamese)', ticket, paper);
  measure('dossier receipt', receipt, paper);
}
measure('ticket, no line cache', ticket, 80, true);
measure('receipt, no line cache', receipt, 80, true);
const bytes = renderDocument(sampleTicket, 80);
const started = performance.now();
renderPreview(bytes, 80);
process.stdout.write(`preview PNG of a ticket  ${(performance.now() - started).toFixed(1)} ms\n`);
