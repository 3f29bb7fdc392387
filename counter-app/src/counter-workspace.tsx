import { useCallback, useEffect, useRef, useState } from 'react';
import { useLanguage, type ConnectionState, type RoleSocket } from '@openops/client';
import { assertNever } from '@openops/protocol';
import type {
  Call,
  Counter,
  CounterClientEvents,
  Dossier,
  Procedure,
  Reply,
  Ticket,
} from '@openops/protocol';
import { messages } from './messages';
import { requestReply, fieldErrors, type AckData } from './socket-request';
import { shortcutFor, shortcutKeys, type CounterAction } from './shortcuts';
import type { CounterFeedState } from './use-counter-feed';
import { useNow } from './use-now';
import { CurrentTicket } from './current-ticket';
import { QueuePanel } from './queue-panel';
import { TransferDialog, type TransferChoice } from './transfer-dialog';
import { PauseDialog } from './pause-dialog';
import { RatingStatus } from './rating-status';
import { DossierForm } from './dossier-form';
import { DossierReturn } from './dossier-return';
import { ProcedureEditor } from './procedure-editor';
import { saveProcedure } from './procedure-api';
import { ReceiptCard } from './receipt-card';
import { ShortcutHelp } from './shortcut-help';
import { LanguageContext } from './ui-language';

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
};

type Panel = 'none' | 'transfer' | 'pause' | 'dossier' | 'return' | 'procedures' | 'help';

type Events = CounterClientEvents;

/**
 * An officer's working screen at one counter: the current ticket with its timer, the waiting
 * list, one button and one key for each common action, dossier reception and follow-up, the
 * rating state, and (for supervisors) the procedure editor.
 */
export const CounterWorkspace = (props: Props) => {
  const { socket, connection, counter, officer, feed } = props;
  const { t, toggle, language } = useLanguage(messages);
  const now = useNow();
  const [panel, setPanel] = useState<Panel>('none');
  const [alert, setAlert] = useState<string | null>(null);
  const [dialogErrors, setDialogErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Dossier | null>(null);
  // The dossier handled while serving the current ticket, stored with its rating.
  const dossierForTicket = useRef<{ ticketId: string | null; code: string } | null>(null);

  const services = feed.snapshot?.services ?? [];
  const counters = feed.snapshot?.counters ?? [];
  const view = feed.view;
  const current: Ticket | null = view?.current ?? null;
  const currentNumber = current?.number ?? feed.lastCall?.ticketNumber ?? null;
  const currentTicketId = current?.id ?? feed.lastCall?.ticketId ?? null;
  const since = current?.servingStartedAt ?? current?.calledAt ?? feed.lastCall?.calledAt ?? null;
  const waiting = view?.waiting ?? [];
  const waitingCount = view
    ? view.waitingCount
    : (feed.summary?.waiting ?? [])
        .filter((entry) => counter.serviceIds.includes(entry.serviceId))
        .reduce((sum, entry) => sum + entry.count, 0);
  const state = view?.state ?? 'open';

  const send = useCallback(
    async <E extends keyof Events & string>(
      event: E,
      body: unknown,
    ): Promise<Reply<AckData<Events, E>>> => {
      setBusy(true);
      setAlert(null);
      const reply = await requestReply<Events, E>(socket, event, body);
      setBusy(false);
      if (!reply.ok) setAlert(reply.error.message);
      return reply;
    },
    [socket],
  );

  const takeCall = (reply: Reply<Call>): void => {
    if (reply.ok) {
      feed.setLastCall(reply.data);
      dossierForTicket.current = null;
    }
  };

  const requestRating = async (ticketId: string): Promise<void> => {
    const dossier = dossierForTicket.current;
    const reply = await requestReply<Events, 'rating:request'>(socket, 'rating:request', {
      counterId: counter.id,
      ticketId,
      officerId: officer?.id ?? null,
      dossierCode: dossier && dossier.ticketId === ticketId ? dossier.code : null,
    });
    if (!reply.ok) setAlert(reply.error.message);
  };

  const run = async (action: CounterAction): Promise<void> => {
    const body = { counterId: counter.id };
    switch (action) {
      case 'call-next':
        takeCall(await send('counter:call-next', body));
        return;
      case 'recall':
        takeCall(await send('counter:recall', body));
        return;
      case 'start':
        await send('counter:start', body);
        return;
      case 'finish': {
        const reply = await send('counter:finish', body);
        // The keypad is armed (or the rating page lit) for the citizen just served.
        if (reply.ok) await requestRating(reply.data.id);
        return;
      }
      case 'no-show':
        await send('counter:no-show', body);
        return;
      case 'transfer':
        setDialogErrors({});
        setPanel(currentNumber ? 'transfer' : 'none');
        if (!currentNumber) setAlert('Chưa có số nào để chuyển');
        return;
      case 'receive-dossier':
        setPanel('dossier');
        return;
      case 'return-dossier':
        setPanel('return');
        return;
      case 'pause':
        if (state === 'paused') await send('counter:open', body);
        else {
          setDialogErrors({});
          setPanel('pause');
        }
        return;
      case 'help':
        setPanel('help');
        return;
      default:
        assertNever(action);
    }
  };

  // A reception whose answer was lost may still have been stored: it is sent once more with
  // the same request id, which the server answers with the stored dossier rather than a second
  // code for the same citizen.
  const receiveDossier = async (body: unknown): Promise<Reply<Dossier>> => {
    const reply = await requestReply<Events, 'dossier:receive'>(socket, 'dossier:receive', body);
    if (reply.ok || reply.error.code !== 'internal') return reply;
    return requestReply<Events, 'dossier:receive'>(socket, 'dossier:receive', body);
  };

  const closeCounter = async (): Promise<void> => {
    const reply = await send('counter:close', { counterId: counter.id });
    if (reply.ok) props.onLeave();
  };

  const callChosen = async (ticket: Ticket): Promise<void> => {
    takeCall(await send('counter:call-ticket', { counterId: counter.id, ticketId: ticket.id }));
  };

  const transfer = async (choice: TransferChoice): Promise<void> => {
    const reply = await send('counter:transfer', { counterId: counter.id, ...choice });
    if (reply.ok) setPanel('none');
    else setDialogErrors(fieldErrors(reply));
  };

  const pause = async (reason: string): Promise<void> => {
    const reply = await send('counter:pause', { counterId: counter.id, reason });
    if (reply.ok) setPanel('none');
    else setDialogErrors(fieldErrors(reply));
  };

  // Keys reach the handler through a ref so the listener is added once, yet always sees the
  // latest state.
  const runRef = useRef(run);
  const callChosenRef = useRef(callChosen);
  const waitingRef = useRef(waiting);
  runRef.current = run;
  callChosenRef.current = callChosen;
  waitingRef.current = waiting;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        setPanel('none');
        return;
      }
      const hit = shortcutFor(event);
      if (!hit) return;
      event.preventDefault();
      if (hit.kind === 'action') void runRef.current(hit.action);
      else {
        const ticket = waitingRef.current[hit.index];
        if (ticket) void callChosenRef.current(ticket);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const online = connection === 'online';
  const actionButton = (action: CounterAction, label: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      onClick={() => void run(action)}
      disabled={!online || busy}
      aria-keyshortcuts={shortcutKeys[action]}
    >
      {label}
      <kbd aria-hidden="true">{shortcutKeys[action]}</kbd>
    </button>
  );

  const stateLabel =
    state === 'open' ? t('stateOpen') : state === 'paused' ? t('statePaused') : t('stateClosed');
  const isSupervisor = officer === null || officer.roles.includes('supervisor');

  return (
    <LanguageContext.Provider value={language}>
      <main className="counter">
        <header>
          <h1>{counter.name}</h1>
          <p>
            {officer && <span>{officer.name} · </span>}
            <span className={`state state-${state}`}>{stateLabel}</span>
            {view?.reason && <span> ({view.reason})</span>}
          </p>
          <p>
            {t('services')}:{' '}
            {counter.serviceIds
              .map((id) => services.find((service) => service.id === id)?.name ?? id)
              .join(', ')}
          </p>
          <div className="toolbar">
            {actionButton('pause', state === 'paused' ? t('resume') : t('pause'))}
            <button type="button" onClick={() => void closeCounter()}>
              {t('close')}
            </button>
            {isSupervisor && (
              <button type="button" onClick={() => setPanel('procedures')}>
                {t('procedures')}
              </button>
            )}
            {actionButton('help', t('shortcuts'))}
            <button type="button" onClick={toggle}>
              {t('language')}
            </button>
          </div>
          {connection === 'offline' && <p role="status">{t('offline')}</p>}
        </header>
        <p>
          {t('waiting')}: {waitingCount}
        </p>
        <CurrentTicket
          label={t('current')}
          emptyText={t('noCurrent')}
          timerLabel={t('servingFor')}
          number={currentNumber}
          ticket={current}
          since={since}
          now={now}
        />
        <RatingStatus
          rating={feed.rating}
          texts={{
            waiting: t('ratingWaiting'),
            received: t('ratingReceived'),
            expired: t('ratingExpired'),
            cancelled: t('ratingCancelled'),
            onPage: t('ratingOnPage'),
          }}
        />
        <div className="actions" role="toolbar" aria-label="Thao tác">
          {actionButton('call-next', t('callNext'), true)}
          {actionButton('recall', t('recall'))}
          {actionButton('start', t('start'))}
          {actionButton('finish', t('finish'))}
          {actionButton('no-show', t('noShow'))}
          {actionButton('transfer', t('transfer'))}
          {actionButton('receive-dossier', t('receiveDossier'))}
          {actionButton('return-dossier', t('returnDossier'))}
        </div>
        {alert && <p role="alert">{alert}</p>}
        {panel === 'transfer' && currentNumber && (
          <TransferDialog
            ticketNumber={currentNumber}
            services={services}
            counters={counters.filter((candidate) => candidate.id !== counter.id)}
            errors={dialogErrors}
            onSubmit={(choice) => void transfer(choice)}
            onCancel={() => setPanel('none')}
          />
        )}
        {panel === 'pause' && (
          <PauseDialog
            error={dialogErrors.reason}
            onSubmit={(reason) => void pause(reason)}
            onCancel={() => setPanel('none')}
          />
        )}
        {panel === 'help' && <ShortcutHelp onClose={() => setPanel('none')} />}
        <div className="columns">
          <QueuePanel
            title={t('queue')}
            tickets={waiting}
            total={waitingCount}
            services={services}
            priorityCategories={feed.snapshot?.priorityCategories ?? []}
            now={now}
            callLabel={t('callThis')}
            priorityLabel={t('priority')}
            emptyText={t('emptyQueue')}
            minutesText={(n) => t('minutes', { n })}
            onCall={online && !busy ? (ticket) => void callChosen(ticket) : null}
          />
          <div>
            {panel === 'dossier' && (
              <DossierForm
                procedures={feed.procedures}
                serviceIds={counter.serviceIds}
                counterId={counter.id}
                officerName={officer?.name ?? counter.name}
                ticketId={currentTicketId}
                scan={feed.scan}
                submit={receiveDossier}
                onReceived={(dossier) => {
                  setReceipt(dossier);
                  dossierForTicket.current = { ticketId: dossier.ticketId, code: dossier.code };
                }}
              />
            )}
            {receipt && (
              <ReceiptCard
                dossier={receipt}
                serverUrl={props.serverUrl}
                deviceId={props.deviceId}
                token={props.token}
                onClose={() => setReceipt(null)}
              />
            )}
            {panel === 'return' && (
              <DossierReturn
                scan={feed.scan}
                api={{
                  get: (code) =>
                    requestReply<Events, 'dossier:get'>(socket, 'dossier:get', { code }),
                  requestSupplement: async (code, items) => {
                    const reply = await requestReply<Events, 'dossier:request-supplement'>(
                      socket,
                      'dossier:request-supplement',
                      { code, items },
                    );
                    if (reply.ok) dossierForTicket.current = { ticketId: currentTicketId, code };
                    return reply;
                  },
                  supplementReceived: (code) =>
                    requestReply<Events, 'dossier:supplement-received'>(
                      socket,
                      'dossier:supplement-received',
                      { code },
                    ),
                  markProcessed: (code) =>
                    requestReply<Events, 'dossier:mark-processed'>(
                      socket,
                      'dossier:mark-processed',
                      {
                        code,
                      },
                    ),
                  markReturned: async (code) => {
                    const reply = await requestReply<Events, 'dossier:mark-returned'>(
                      socket,
                      'dossier:mark-returned',
                      { code },
                    );
                    if (reply.ok) dossierForTicket.current = { ticketId: currentTicketId, code };
                    return reply;
                  },
                }}
              />
            )}
            {panel === 'procedures' && (
              <ProcedureEditor
                procedures={feed.procedures}
                save={(procedure: Procedure) =>
                  saveProcedure(
                    props.serverUrl,
                    procedure,
                    officer?.id ?? props.deviceId,
                    props.token,
                  )
                }
                onClose={() => setPanel('none')}
              />
            )}
          </div>
        </div>
      </main>
    </LanguageContext.Provider>
  );
};
