import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printDocumentSchema } from '@openops/protocol';
import { parsePaperWidth } from './paper';
import { renderPreview } from './preview';
import { renderDocument } from './render-document';
import { sampleReceipt, sampleTicket } from './sample-documents';

const usage = `Usage: npm run preview -w @openops/hardware -- --out <file.png> [--document <file.json> | --sample ticket|receipt] [--paper 80|58] [--bytes <file.bin>]
Renders a print document to ESC/POS and writes the PNG of exactly what the printer prints.`;

const main = (): void => {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      document: { type: 'string' },
      sample: { type: 'string', default: 'ticket' },
      paper: { type: 'string', default: '80' },
      bytes: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out is required');
  const paper = parsePaperWidth(values.paper);
  if (paper === null) throw new Error(`--paper must be 80 or 58, got "${values.paper}"`);
  const document = values.document
    ? printDocumentSchema.parse(JSON.parse(readFileSync(values.document, 'utf8')))
    : values.sample === 'receipt'
      ? sampleReceipt
      : sampleTicket;
  const bytes = renderDocument(document, paper);
  if (values.bytes) writeFileSync(values.bytes, bytes);
  writeFileSync(values.out, renderPreview(bytes, paper));
  process.stdout.write(`${values.out}: ${bytes.length} bytes of ESC/POS\n`);
};

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
  process.exit(1);
}
