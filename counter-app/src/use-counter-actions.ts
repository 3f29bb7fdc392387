import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language, RoleSocket } from '@openops/client';
import { assertNever, fail } from '@openops/protocol';
import type {
  Call,
  Counter,
  CounterClientEvents,
  CounterStateName,
  ErrorBody,
  Reply,
  Ticket,
} from '@openops/protocol';
import { loadDraft } from './dossier-draft';
import { requestReply, requestTimedAction, fieldErrors, type AckData } from './socket-request';
import type { CounterAction } from './shortcuts';
import type { TransferChoice } from './transfer-dialog';
import type { CloseCounterNotice } from './close-counter-notice';
import type { ActionNotice } from './action-notice';
import { messages } from './messages';
import { inEachLanguage, type Bilingual } from './bilingual';

/**
 * How long after a call another call ("call next", a chosen ticket) is ignored while that call
 * is current. Default 2 s.
 */
export const callNextPauseMs = 2_000;

/** Actions after which the counter has no current ticket: "call next" is live at once. */
const endsCurrentTicket: ReadonlySet<keyof CounterClientEvents> = new Set<
  keyof CounterClientEvents
>(['counter:finish', 'counter:no-show', 'counter:transfer', 'counter:return', 'counter:close']);

/**
 * The one dialog or panel open on the working screen, if any. The close confirmation is not one
 * of them: it opens over the panel (see `confirmingClose`), which stays as it was.
 */
export type WorkspacePanel =
  'none' | 'transfer' | 'pause' | 'dossier' | 'return' | 'procedures' | 'help';

type Events = CounterClientEvents;

/** What the officer asked to call: the next ticket by the calling policy, or one chosen. */
export type CallTarget =
  { kind: 'next' } | { kind: 'chosen'; ticket: Pick<Ticket, 'id'> & { number?: string } };

/** How the ticket at the counter ends before the asked-for call goes out. */
export type EndBeforeCall = 'finish' | 'no-show';

const justCalledText = (target: CallTarget, language: Language): string =>
  messages[language][target.kind === 'next' ? 'justCalledNext' : 'justCalledChosen'];

type Options = {
  socket: RoleSocket<'counter'>;
  counter: Counter;
  /** Null when the server runs without officer accounts (demo). */
  officerId: string | null;
  currentNumber: string | null;
  state: CounterStateName;
  /**
   * The counter's view lists nobody it may call. "Call next" with a ticket at the counter then
   * says so rather than asking how that ticket ends: there is nobody to call after it. Default
   * false.
   */
  nobodyWaiting?: boolean;
  /** Takes the call a reply made, before the server's push of it arrives. */
  onCall: (call: Call) => void;
  /** Takes the ticket an action ended here, before the counter's view without it arrives. */
  onEnded: (ticketId: string) => void;
  /** Why closing needs the officer's confirmation; null when it does not (see `closeCounterNotice`). */
  closeNotice: CloseCounterNotice | null;
  /** The counter is closed. */
  onLeave: () => void;
  /** The link to the server is up; an alert about the link going down clears when it returns. */
  online: boolean;
  /** The officer's language, for what the screen says itself. Default Vietnamese. */
  language?: Language;
  /** What the officer reads of a refusal. Default the server's message. */
  refusalText?: (error: ErrorBody, language: Language) => string;
  /**
   * Why an action cannot be taken on the ticket at the counter now, or null when it can (see
   * `ticketActionBlock`). A key pressed for such an action says this and sends nothing. Default
   * every action allowed, the server refusing.
   */
  blockedBy?: (action: CounterAction, language: Language) => string | null;
};

const nothingBlocked = (): null => null;

const serverWords = (error: ErrorBody): string => error.message;

/**
 * What the officer does at the counter, sent to the server one request at a time: `busy` while
 * one is out, `alert` with the server's message when it fails, and errors beside a dialog's
 * fields when that dialog's request is refused.
 */
export const useCounterActions = ({
  socket,
  counter,
  officerId,
  currentNumber,
  state,
  nobodyWaiting = false,
  onCall,
  onEnded,
  closeNotice,
  onLeave,
  online,
  language = 'vi',
  refusalText = serverWords,
  blockedBy = nothingBlocked,
}: Options) => {
  // A dossier left half-entered when the screen reloaded (a crash) opens again with it.
  const [panel, setPanel] = useState<WorkspacePanel>(() =>
    loadDraft(counter.id) ? 'dossier' : 'none',
  );
  // Apart from `panel`: asking whether to close must not unmount the dossier form, the return
  // form or the procedure editor open behind it, or cancelling would lose what they hold.
  const [confirmingClose, setConfirmingClose] = useState(false);
  // Kept in both languages: switching the language rewords an alert already on screen.
  const [alert, setAlert] = useState<Bilingual | null>(null);
  // What an action did, when the screen would otherwise only show the number gone.
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  // A call asked for while a ticket is at the counter: the officer says first how it ends.
  const [pendingCall, setPendingCall] = useState<CallTarget | null>(null);
  // From the officer's answer to that question until its call is answered: the view still shows
  // the ticket being ended, and another call meanwhile would ask about it again.
  const endingThenCalling = useRef(false);
  const [dialogErrors, setDialogErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  // `busy` reaches the screen a render later; two key presses in one moment both see it false.
  const inFlight = useRef(new Set<string>());
  // The last call this screen made, while it is the current ticket (see `callNextPauseMs`).
  const lastCall = useRef<{ number: string; at: number } | null>(null);
  // The ticket the question was about has left the counter by other means (a supervisor, a
  // refusal): the question no longer stands, and must not come back at the next call.
  useEffect(() => {
    if (currentNumber === null) setPendingCall(null);
  }, [currentNumber]);
  // "The server did not answer" is stale once the link is back; the officer simply retries.
  useEffect(() => {
    if (online) setAlert(null);
  }, [online]);
  // The dossier handled while serving the current ticket, stored with its rating.
  const dossierForTicket = useRef<{ ticketId: string | null; code: string } | null>(null);
  // Read when the answer comes: the wording of that moment (the screen's language, the pause).
  const wording = useRef(refusalText);
  wording.current = refusalText;

  const send = useCallback(
    async <E extends keyof Events & string>(
      event: E,
      body: object,
    ): Promise<Reply<AckData<Events, E>>> => {
      // One request of a kind at a time: a second F1 while the first is on its way would call,
      // and end unserved, the citizen after the one just called.
      if (inFlight.current.has(event)) {
        return fail('conflict', messages[language].requestOnItsWay);
      }
      inFlight.current.add(event);
      setBusy(true);
      setAlert(null);
      try {
        const reply = await requestTimedAction<Events, E>(socket, event, body);
        if (!reply.ok) {
          const { error } = reply;
          setAlert(inEachLanguage((shown) => wording.current(error, shown)));
        } else if (endsCurrentTicket.has(event)) lastCall.current = null;
        return reply;
      } finally {
        inFlight.current.delete(event);
        setBusy(false);
      }
    },
    [socket, language],
  );

  const takeCall = (reply: Reply<Call>): void => {
    if (reply.ok) {
      lastCall.current = { number: reply.data.ticketNumber, at: Date.now() };
      onCall(reply.data);
      dossierForTicket.current = null;
    }
  };

  const requestRating = async (ticketId: string): Promise<void> => {
    const dossier = dossierForTicket.current;
    const reply = await requestReply<Events, 'rating:request'>(socket, 'rating:request', {
      counterId: counter.id,
      ticketId,
      officerId,
      dossierCode: dossier && dossier.ticketId === ticketId ? dossier.code : null,
    });
    if (!reply.ok) {
      const { error } = reply;
      setAlert(inEachLanguage((shown) => wording.current(error, shown)));
    }
  };

  /** Ends the ticket at the counter as served and asks for its rating; true once it is done. */
  const finishCurrent = async (): Promise<boolean> => {
    const reply = await send('counter:finish', { counterId: counter.id });
    if (!reply.ok) return false;
    onEnded(reply.data.id);
    // The keypad is armed (or the rating page lit) for the citizen just served.
    await requestRating(reply.data.id);
    return true;
  };

  /** Marks the called citizen absent; true once it is done. */
  const noShowCurrent = async (): Promise<boolean> => {
    const reply = await send('counter:no-show', { counterId: counter.id });
    if (!reply.ok) return false;
    onEnded(reply.data.id);
    setNotice({ kind: 'no-show', number: reply.data.number });
    return true;
  };

  const callNow = async (target: CallTarget): Promise<void> => {
    if (target.kind === 'next') {
      takeCall(await send('counter:call-next', { counterId: counter.id }));
    } else {
      takeCall(
        await send('counter:call-ticket', { counterId: counter.id, ticketId: target.ticket.id }),
      );
    }
  };

  /**
   * A call (F1, Alt+n, a row's "Gọi", a scanned slip). With a ticket at the counter it asks
   * first how that ticket ends (`pendingCall`): the server would end it as served, unseen, with
   * no serving time and no rating asked. A paused counter's call goes straight to the server,
   * which refuses it before ending anything and says how to resume.
   */
  const requestCall = async (target: CallTarget): Promise<void> => {
    // A second call while the first is on its way, or this soon after it while the citizen just
    // called is still current, is a slip of the finger (a double press, a bounce): it would end
    // them, before they reached the counter.
    const justCalled =
      lastCall.current !== null &&
      lastCall.current.number === currentNumber &&
      Date.now() - lastCall.current.at < callNextPauseMs;
    const calling =
      endingThenCalling.current ||
      inFlight.current.has('counter:call-next') ||
      inFlight.current.has('counter:call-ticket');
    if (justCalled || calling) {
      setAlert(inEachLanguage((shown) => justCalledText(target, shown)));
      return;
    }
    setNotice(null);
    if (currentNumber !== null && state !== 'paused') {
      // Not sent: should a citizen arrive meanwhile, the server would call them and end the
      // ticket at the counter unseen, the very thing this question prevents.
      if (target.kind === 'next' && nobodyWaiting) {
        setAlert(inEachLanguage((shown) => messages[shown].nobodyWaiting));
        return;
      }
      setAlert(null);
      setPendingCall(target);
      return;
    }
    await callNow(target);
  };

  /** The officer's answer to "Phiếu A002 đang ở quầy": that ticket ends so, then the call. */
  const endThenCall = async (ending: EndBeforeCall): Promise<void> => {
    const target = pendingCall;
    setPendingCall(null);
    if (!target) return;
    endingThenCalling.current = true;
    try {
      const ended = ending === 'finish' ? await finishCurrent() : await noShowCurrent();
      // Refused (the ticket changed meanwhile): the officer reads why, and nobody is called.
      if (ended) await callNow(target);
    } finally {
      endingThenCalling.current = false;
    }
  };

  /** "Huỷ" or Escape: nothing is called, the ticket stays at the counter. */
  const cancelCall = (): void => setPendingCall(null);

  const run = async (action: CounterAction): Promise<void> => {
    const body = { counterId: counter.id };
    if (blockedBy(action, language) !== null) {
      setAlert(inEachLanguage((shown) => blockedBy(action, shown) ?? ''));
      return;
    }
    if (action !== 'call-next') setNotice(null);
    switch (action) {
      case 'call-next':
        await requestCall({ kind: 'next' });
        return;
      case 'recall':
        takeCall(await send('counter:recall', body));
        return;
      case 'start':
        await send('counter:start', body);
        return;
      case 'finish':
        await finishCurrent();
        return;
      case 'no-show':
        await noShowCurrent();
        return;
      case 'transfer':
        setDialogErrors({});
        setPanel('transfer');
        return;
      case 'return-to-queue': {
        const reply = await send('counter:return', body);
        if (reply.ok) {
          onEnded(reply.data.id);
          setNotice({ kind: 'returned', number: reply.data.number });
        }
        return;
      }
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

  /** Closes the counter; a refusal shows where the server's refusals show, the dialog gone. */
  const closeCounter = async (): Promise<void> => {
    const reply = await send('counter:close', { counterId: counter.id });
    if (reply.ok) onLeave();
    else setConfirmingClose(false);
  };

  /** "Đóng quầy": at once when nobody waits and nobody is at the counter, else asks first. */
  const requestClose = async (): Promise<void> => {
    if (closeNotice !== null) {
      // The dialog shows what is said while it is open (see `CloseCounterDialog`), not before.
      setAlert(null);
      setConfirmingClose(true);
    } else await closeCounter();
  };

  /**
   * "Huỷ" or Escape in the close confirmation: everything stays as it was, but what the dialog
   * said while open (a scan not used) no longer holds.
   */
  const cancelClose = (): void => {
    setAlert(null);
    setConfirmingClose(false);
  };

  /** Calls `ticket` out of turn (Alt+n, a row's "Gọi", a scanned slip), as `requestCall`. */
  const callChosen = (ticket: Pick<Ticket, 'id'> & { number?: string }): Promise<void> =>
    requestCall({ kind: 'chosen', ticket });

  // A dialog's request closes it once accepted; a refusal names the bad fields inside it.
  const submitDialog = async (reply: Promise<Reply<unknown>>): Promise<void> => {
    const settled = await reply;
    if (settled.ok) setPanel('none');
    else setDialogErrors(fieldErrors(settled));
  };

  const transfer = (choice: TransferChoice): Promise<void> =>
    submitDialog(
      send('counter:transfer', { counterId: counter.id, ...choice }).then((reply) => {
        if (reply.ok) {
          onEnded(reply.data.id);
          setNotice({
            kind: 'transferred',
            number: reply.data.number,
            toServiceId: choice.toServiceId ?? null,
            toCounterId: choice.toCounterId ?? null,
          });
        }
        return reply;
      }),
    );

  const pause = (reason: string): Promise<void> =>
    submitDialog(send('counter:pause', { counterId: counter.id, reason }));

  /** Records the dossier handled for `ticketId`, stored with that ticket's rating. */
  const noteDossier = (ticketId: string | null, code: string): void => {
    dossierForTicket.current = { ticketId, code };
  };

  return {
    panel,
    setPanel,
    /** The close confirmation is open, over the panel (which stays open behind it). */
    confirmingClose,
    alert,
    /** Shows a message where the server's refusals show. */
    say: setAlert,
    /** What the last action did (a no-show, a transfer, a return), or a scan not used. */
    notice,
    tell: setNotice,
    /** The call waiting for the officer to say how the ticket at the counter ends. */
    pendingCall,
    endThenCall,
    cancelCall,
    dialogErrors,
    busy,
    run,
    callChosen,
    requestClose,
    cancelClose,
    closeCounter,
    transfer,
    pause,
    noteDossier,
  };
};
