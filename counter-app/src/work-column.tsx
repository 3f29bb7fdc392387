import { useEffect, useRef, useState } from 'react';
import type { RoleSocket } from '@openops/client';
import type { Counter, Dossier, Procedure, ScanEvent } from '@openops/protocol';
import type { SignedInOfficer } from './counter-workspace';
import type { WorkspacePanel } from './use-counter-actions';
import { receiveDossier, dossierFollowUp } from './dossier-requests';
import { DossierForm } from './dossier-form';
import { DossierReturn } from './dossier-return';
import { ProcedureEditor } from './procedure-editor';
import { saveProcedure } from './procedure-api';
import { ReceiptCard } from './receipt-card';
import { unusedCardScan, unusedReceiptScan } from './card-scan';

type Props = {
  socket: RoleSocket<'counter'>;
  procedures: readonly Procedure[];
  /** The latest scan at this counter: a CCCD fills the applicant, a receipt's code its dossier. */
  scan: ScanEvent | null;
  counter: Counter;
  /** Null when the server runs without officer accounts (demo). */
  officer: SignedInOfficer | null;
  /** Session token for REST calls that need one. */
  token: string | null;
  serverUrl: string;
  deviceId: string;
  /** The centre's time zone. */
  timeZone: string;
  /** Whether the centre sends texts. */
  smsOffered: boolean;
  panel: WorkspacePanel;
  /** The ticket called or served here: a dossier received now belongs to it. */
  currentTicketId: string | null;
  /** A dossier was received or followed up for `ticketId`; it is stored with its rating. */
  onDossier: (ticketId: string | null, code: string) => void;
  onClose: () => void;
};

/**
 * The column beside the queue: dossier reception with the receipt of the last dossier received,
 * dossier follow-up, or the procedure editor, whichever the officer opened.
 */
export const WorkColumn = ({
  socket,
  procedures,
  scan,
  counter,
  officer,
  token,
  serverUrl,
  deviceId,
  timeZone,
  smsOffered,
  panel,
  currentTicketId,
  onDossier,
  onClose,
}: Props) => {
  const [receipt, setReceipt] = useState<Dossier | null>(null);
  // The card scan that last filled a reception form: kept here, beside the form rather than in
  // it, since the form is unmounted whenever the officer turns to another panel.
  const [usedCard, setUsedCard] = useState<ScanEvent | null>(null);
  // Likewise the receipt scan the follow-up panel last looked up: opened again, it starts empty.
  const [usedReceipt, setUsedReceipt] = useState<ScanEvent | null>(null);
  const column = useRef<HTMLDivElement>(null);
  // On a 1366×768 screen the panel opens below the waiting list: bring its top into view, so
  // the officer starts typing where they look.
  useEffect(() => {
    if (panel === 'dossier' || panel === 'return' || panel === 'procedures') {
      column.current?.scrollIntoView({ block: 'start' });
    }
  }, [panel]);
  return (
    <div ref={column} className="work-column">
      {panel === 'dossier' && (
        <DossierForm
          procedures={procedures}
          serviceIds={counter.serviceIds}
          counterId={counter.id}
          timeZone={timeZone}
          smsOffered={smsOffered}
          officerName={officer?.name ?? counter.name}
          ticketId={currentTicketId}
          card={unusedCardScan(scan, usedCard)}
          onCardUsed={setUsedCard}
          submit={(body) => receiveDossier(socket, body)}
          onReceived={(dossier) => {
            setReceipt(dossier);
            onDossier(dossier.ticketId, dossier.code);
          }}
        />
      )}
      {receipt && (
        <ReceiptCard
          dossier={receipt}
          serverUrl={serverUrl}
          deviceId={deviceId}
          token={token}
          onClose={() => setReceipt(null)}
        />
      )}
      {panel === 'return' && (
        <DossierReturn
          scan={unusedReceiptScan(scan, usedReceipt)}
          onScanUsed={setUsedReceipt}
          api={dossierFollowUp(socket, (code) => onDossier(currentTicketId, code))}
        />
      )}
      {panel === 'procedures' && (
        <ProcedureEditor
          procedures={procedures}
          save={(procedure: Procedure) =>
            saveProcedure(serverUrl, procedure, officer?.id ?? deviceId, token)
          }
          onClose={onClose}
        />
      )}
    </div>
  );
};
