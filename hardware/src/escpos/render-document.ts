import { assertNever, type PrintDocument } from '@openops/protocol';
import { renderChecklist } from './checklist-renderer';
import type { PaperWidth } from './paper';
import { renderDossierReceipt } from './receipt-renderer';
import { renderTicket } from './ticket-renderer';

/** ESC/POS bytes of any print document. Default paper 80 mm. */
export const renderDocument = (document: PrintDocument, paper: PaperWidth = 80): Uint8Array => {
  switch (document.kind) {
    case 'ticket':
      return renderTicket(document, paper);
    case 'dossier-receipt':
      return renderDossierReceipt(document, paper);
    case 'checklist':
      return renderChecklist(document, paper);
    default:
      return assertNever(document);
  }
};
