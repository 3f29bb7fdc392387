import {
  assertNever,
  type ChecklistPrint,
  type DocumentForm,
  type Procedure,
} from '@openops/protocol';

/** How a document must be handed in, in the words a printout shows. */
const formWords = (form: DocumentForm): string => {
  switch (form) {
    case 'original':
      return 'Bản chính';
    case 'copy':
      return 'Bản sao';
    case 'certified-copy':
      return 'Bản sao có chứng thực';
    case 'original-or-copy':
      return 'Bản chính hoặc bản sao';
    default:
      return assertNever(form);
  }
};

/** A configured procedure as the checklist a kiosk prints. */
export const checklistDocument = (
  procedure: Procedure,
  centre: { name: string; timeZone: string },
  printedAt: string,
): ChecklistPrint => ({
  kind: 'checklist',
  centreName: centre.name,
  procedureCode: procedure.code,
  procedureName: procedure.name,
  documents: procedure.documents.map((document) => ({
    name: document.name,
    form: formWords(document.form),
    quantity: document.quantity,
    required: document.required,
  })),
  fees: procedure.fees,
  processingDays: procedure.processingDays,
  whereToSubmit: procedure.whereToSubmit,
  printedAt,
  timeZone: centre.timeZone,
});
