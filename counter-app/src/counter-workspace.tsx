import { useContext, useState } from 'react';
import type { ConnectionState, RoleSocket } from '@openops/client';
import type { Counter, TransferNote } from '@openops/protocol';
import type { CounterFeedState } from './use-counter-feed';
import { useNow } from './use-now';
import { useCounterActions } from './use-counter-actions';
import { useScanOutsideDialog } from './use-scan-outside-dialog';
import { useScannedTicketCall } from './use-scanned-ticket-call';
import { useShortcutKeys } from './use-shortcut-keys';
import { workspaceView } from './workspace-view';
import { WorkspaceHeader } from './workspace-header';
import { ActionToolbar } from './action-toolbar';
import { CurrentTicket } from './current-ticket';
import { QueuePanel } from './queue-panel';
import { TransferDialog } from './transfer-dialog';
import { PauseDialog } from './pause-dialog';
import { CloseCounterDialog } from './close-counter-dialog';
import { closeCounterNotice, nobodyLeft } from './close-counter-notice';
import { RatingStatus } from './rating-status';
import { ShortcutHelp } from './shortcut-help';
import { WorkColumn } from './work-column';
import { SignOutDialog } from './sign-out-dialog';
import { refusalText, scanBlockedBy } from './counter-refusals';
import { LanguageContext, useMessages } from './ui-language';
import type { CounterAction } from './shortcuts';
import { ticketActionBlock, type TicketAtCounter } from './ticket-actions';
import { CallConfirmDialog } from './call-confirm-dialog';
import { pauseReasonText } from './pause-reasons';
import { actionNoticeText } from './action-notice';
import { currentTicketDetails } from './current-ticket-details';
import { inEachLanguage } from './bilingual';
import { messages } from './messages';
import { useScanForTicket } from './use-scan-for-ticket';
import { useUnusableScanNotice } from './use-unusable-scan-notice';

export type SignedInOfficer = { id: string; name: string; roles: readonly string[] };

type Props = {
  socket: RoleSocket<'counter'>;
  /** What the server pushes to this counter (see `useCounterFeed`). */
  feed: CounterFeedState;
  connection: ConnectionState;
  counter: Counter;
  /** Null when the server runs without officer accounts (demo). */
  officer: SignedInOfficer | null;
  /** Session token for REST calls that need one. */
  token: string | null;
  serverUrl: string;
  deviceId: string;
  /** The counter is closed: back to the sign-in screen. */
  onLeave: () => void;
  /** The officer signs out without closing the counter: back to the sign-in screen. */
  onSignOut: () => void;
  /** Switches between Vietnamese and English (the language comes from `LanguageContext`). */
  onToggleLanguage: () => void;
};

/**
 * An officer's working screen at one counter: the current ticket with its timer, the waiting
 * list, one button and one key for each common action, dossier reception and follow-up, the
 * rating state, and (for supervisors) the procedure editor.
 */
export const CounterWorkspace = (props: Props) => {
  const { socket, connection, counter, officer, feed } = props;
  const language = useContext(LanguageContext);
  const t = useMessages();
  const now = useNow();
  const view = workspaceView(feed, counter);
  const ticket: TicketAtCounter =
    view.currentNumber !== null && view.phase !== null
      ? { number: view.currentNumber, phase: view.phase }
      : null;
  // The buttons and keys of actions the ticket's state does not allow: disabled, and said why.
  const blockedBy = (action: CounterAction): string | null =>
    ticketActionBlock(action, ticket, language);
  const closeNotice = closeCounterNotice({
    counterId: counter.id,
    serviceIds: counter.serviceIds,
    currentNumber: view.currentNumber,
    waiting: view.waiting,
    waitingCount: view.waitingCount,
    transferredHereCount: feed.view?.transferredHereCount,
    servicesOnlyHere: feed.view?.servicesOnlyHere,
  });
  const actions = useCounterActions({
    socket,
    counter,
    officerId: officer?.id ?? null,
    currentNumber: view.currentNumber,
    state: view.state,
    nobodyWaiting: feed.view !== null && view.waitingCount === 0,
    onCall: feed.setLastCall,
    onEnded: feed.setEnded,
    closeNotice,
    onLeave: props.onLeave,
    online: connection === 'online',
    language,
    refusalText: (error, shown) =>
      refusalText(
        error,
        { name: counter.name, reason: view.reason && pauseReasonText(view.reason, shown) },
        shown,
      ),
    blockedBy: (action, shown) => ticketActionBlock(action, ticket, shown),
  });
  const { panel, setPanel, confirmingClose, busy, dialogErrors, run, callChosen } = actions;
  const askingCall = actions.pendingCall !== null && ticket !== null;
  const closePanel = (): void => setPanel('none');
  // Signing out of a counter this officer still holds asks first (see `SignOutDialog`); one he
  // does not hold (opening it was refused, a supervisor closed it) is left at once.
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const holdsCounter =
    officer !== null && feed.view?.heldBy === officer.id && view.state !== 'closed';
  const signOut = (): void => {
    if (holdsCounter) setConfirmingSignOut(true);
    else props.onSignOut();
  };
  useShortcutKeys({
    onAction: run,
    onCallChosen: callChosen,
    waiting: view.waiting,
    onEscape: closePanel,
    blocked: confirmingClose || confirmingSignOut || askingCall,
  });

  const scan = useScanOutsideDialog({
    scan: feed.scan,
    held: confirmingClose || confirmingSignOut || askingCall,
    // The close question shows what is said meanwhile; the sign-out one drops the scan unsaid:
    // the officer is leaving, and scans again after "Huỷ".
    onHeld: () => {
      if (confirmingClose) actions.say(inEachLanguage((shown) => messages[shown].scanWhileClosing));
    },
  });
  useScannedTicketCall({
    scan,
    blockedBy: scanBlockedBy(view.state, view.currentTicketId !== null, language),
    onCall: (ticketId) => void callChosen({ id: ticketId }),
    onBlocked: () =>
      actions.say(
        inEachLanguage(
          (shown) => scanBlockedBy(view.state, view.currentTicketId !== null, shown) ?? '',
        ),
      ),
  });
  useUnusableScanNotice(scan, actions.tell);
  // A card or receipt scanned for one citizen is not kept for the next (see `scanForTicket`).
  const panelScan = useScanForTicket(scan, view.currentTicketId);
  const priorityCategories = feed.snapshot?.priorityCategories ?? [];

  const online = connection === 'online';
  const transferFrom = (transfer: TransferNote): string =>
    transfer.fromCounterName
      ? t('transferredFrom', { counter: transfer.fromCounterName })
      : t('transferredHere');
  const isSupervisor = officer === null || officer.roles.includes('supervisor');

  return (
    <main className="counter" lang={language}>
      <WorkspaceHeader
        t={t}
        counter={counter}
        officerName={officer?.name ?? null}
        state={view.state}
        reason={view.reason}
        services={view.services}
        actionsDisabled={!online || busy}
        onRun={(action) => void run(action)}
        onClose={() => void actions.requestClose()}
        onSignOut={signOut}
        onProcedures={isSupervisor ? () => setPanel('procedures') : null}
        onToggleLanguage={props.onToggleLanguage}
      />
      {/* Kept in view while the officer scrolls down a long form (see counter.css). */}
      <div className="live-notices">
        {connection === 'offline' && <p role="status">{t('offline')}</p>}
        {actions.alert && <p role="alert">{actions.alert[language]}</p>}
        {actions.notice && (
          <p role="status" className="action-notice">
            {actionNoticeText(
              actions.notice,
              { services: view.services, counters: view.otherCounters },
              language,
            )}
          </p>
        )}
      </div>
      <p>
        {t('waiting')}: {view.waitingCount}
      </p>
      <CurrentTicket
        label={t('current')}
        emptyText={t('noCurrent')}
        timerLabel={t(view.phase === 'called' ? 'sinceCall' : 'servingFor')}
        stateText={view.phase ? t(view.phase === 'called' ? 'stateCalled' : 'stateServing') : null}
        number={view.currentNumber}
        since={view.since}
        now={now}
        details={currentTicketDetails(
          {
            serviceId: view.currentServiceId,
            priorityCategoryId: view.currentPriorityCategoryId,
          },
          { services: view.services, priorityCategories },
          language,
        )}
        transfer={
          view.currentTransfer
            ? {
                from: transferFrom(view.currentTransfer),
                note: view.currentTransfer.note,
              }
            : null
        }
      />
      <RatingStatus
        rating={feed.rating}
        currentTicketId={view.currentTicketId}
        texts={{
          waiting: t('ratingWaiting'),
          received: t('ratingReceived'),
          expired: t('ratingExpired'),
          cancelled: t('ratingCancelled'),
          onPage: t('ratingOnPage'),
          earlier: t('ratingEarlier'),
        }}
      />
      <ActionToolbar
        t={t}
        disabled={!online || busy}
        blockedBy={blockedBy}
        onRun={(action) => void run(action)}
      />
      {panel === 'transfer' && view.currentNumber && (
        <TransferDialog
          ticketNumber={view.currentNumber}
          services={view.transferServices}
          counters={view.otherCounters}
          closedCounterIds={view.closedCounterIds}
          errors={dialogErrors}
          onSubmit={(choice) => void actions.transfer(choice)}
          onCancel={closePanel}
        />
      )}
      {panel === 'pause' && (
        <PauseDialog
          ticket={ticket}
          error={dialogErrors.reason}
          onSubmit={(reason) => void actions.pause(reason)}
          onCancel={closePanel}
        />
      )}
      {confirmingClose && (
        <CloseCounterDialog
          counterName={counter.name}
          // The queue may empty while the dialog is open: it then says nobody is left.
          notice={closeNotice ?? nobodyLeft}
          services={view.services}
          busy={busy}
          online={online}
          // The page's alert area is behind the modal: what is said meanwhile is said here.
          alert={actions.alert?.[language] ?? null}
          onConfirm={() => void actions.closeCounter()}
          onCancel={actions.cancelClose}
        />
      )}
      {confirmingSignOut && (
        <SignOutDialog
          counterName={counter.name}
          onConfirm={props.onSignOut}
          onCancel={() => setConfirmingSignOut(false)}
        />
      )}
      {askingCall && actions.pendingCall && ticket && (
        <CallConfirmDialog
          number={ticket.number}
          phase={ticket.phase}
          target={actions.pendingCall}
          onEnd={(ending) => void actions.endThenCall(ending)}
          onCancel={actions.cancelCall}
        />
      )}
      {panel === 'help' && <ShortcutHelp onClose={closePanel} />}
      <div className="columns">
        <QueuePanel
          title={t('queue')}
          tickets={view.waiting}
          total={view.waitingCount}
          services={view.services}
          priorityCategories={priorityCategories}
          now={now}
          callLabel={t('callThis')}
          priorityLabel={t('priority')}
          emptyText={t('emptyQueue')}
          minutesText={(n) => t('minutes', { n })}
          transfers={view.transfers}
          transferText={transferFrom}
          onCall={online && !busy ? (ticket) => void callChosen(ticket) : null}
        />
        <WorkColumn
          socket={socket}
          procedures={feed.procedures}
          scan={panelScan}
          counter={counter}
          officer={officer}
          token={props.token}
          serverUrl={props.serverUrl}
          deviceId={props.deviceId}
          timeZone={feed.snapshot?.centre.timeZone ?? 'Asia/Ho_Chi_Minh'}
          smsOffered={feed.snapshot?.smsNotifications === true}
          panel={panel}
          currentTicketId={view.currentTicketId}
          onDossier={actions.noteDossier}
          onClose={closePanel}
        />
      </div>
    </main>
  );
};
