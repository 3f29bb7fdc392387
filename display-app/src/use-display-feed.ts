import { useEffect, useRef, useState } from 'react';
import {
  listenTo,
  useHandshakeRefusal,
  useRoleSocket,
  type ConnectionState,
} from '@openops/client';
import {
  callsKeptFor,
  minimumCallsKept,
  type Call,
  type CentreInfo,
  type CentreSnapshot,
  type DisplayView,
  type QueueSummary,
} from '@openops/protocol';
import { callsOfBusinessDay, defaultCentreTimeZone } from './business-day';
import { callsAtCounters, withCall } from './call-board';
import { useBusinessDay } from './use-business-day';

export type DisplayFeed = {
  connection: ConnectionState;
  /** Why the server refused this display (unknown id, not paired), or null. */
  refusal: string | null;
  view: DisplayView | null;
  centre: CentreInfo | null;
  /** The centre's time zone: the snapshot's, or `defaultCentreTimeZone` until it comes. */
  timeZone: string;
  summary: QueueSummary | null;
  /** Newest first, bounded; the first is the current call. */
  calls: Call[];
  /** The call that arrived live and should flash; null after a catch-up. */
  freshCall: Call | null;
  /** Live calls received so far: a new value restarts the flash, even for a second recall. */
  liveCount: number;
};

/** Whether two calls are the same call (the same ticket called at the same moment). */
const sameCall = (a: Call | null | undefined, b: Call | null | undefined): boolean =>
  !!a && !!b && a.ticketId === b.ticketId && a.calledAt === b.calledAt && a.recall === b.recall;

/**
 * Everything the screen shows, kept from the display namespace. On every (re)connect the
 * server sends the display's view and its zones' latest calls: the list is replaced, so the
 * newest call becomes current, and calls made while away are shown but neither flashed nor
 * spoken (a citizen sent to a counter minutes late is worse than a silent catch-up).
 * Calls that arrive live are handed to `onLiveCall`, for the announcer. The board holds only
 * the view's counters' calls, and only the centre's business day's: at the centre's midnight
 * (by this screen's clock) yesterday's calls leave it.
 */
export const useDisplayFeed = (
  serverUrl: string,
  deviceId: string,
  onLiveCall: (call: Call, view: DisplayView | null) => void,
): DisplayFeed => {
  const { socket, connection } = useRoleSocket('display', serverUrl, deviceId);
  const [view, setView] = useState<DisplayView | null>(null);
  const [centre, setCentre] = useState<CentreInfo | null>(null);
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [calls, setCalls] = useState<Call[]>([]);
  const [freshCall, setFreshCall] = useState<Call | null>(null);
  const [liveCount, setLiveCount] = useState(0);
  // An unknown display, one not paired: said on screen, asked again until fixed.
  const refusal = useHandshakeRefusal(socket);
  const timeZone = centre?.timeZone ?? defaultCentreTimeZone;
  const today = useBusinessDay(timeZone);
  // Read inside socket handlers without re-subscribing on every change.
  const viewRef = useRef<DisplayView | null>(null);
  const businessDayRef = useRef<string | null>(null);
  const onLiveCallRef = useRef(onLiveCall);
  useEffect(() => {
    onLiveCallRef.current = onLiveCall;
  }, [onLiveCall]);

  // Nothing is pushed at midnight: the screen's own clock says the day has changed.
  useEffect(() => {
    setCalls((current) => callsOfBusinessDay(current, today, timeZone));
  }, [today, timeZone]);

  useEffect(() => {
    if (!socket) return undefined;
    const kept = (): number => {
      const current = viewRef.current;
      return current
        ? callsKeptFor(current.counters.length, current.layout.recentPerCounter)
        : minimumCallsKept;
    };
    const onView = (next: DisplayView): void => {
      viewRef.current = next;
      setView(next);
      // Zones changed at runtime: the calls of counters no longer in view leave the board.
      setCalls((current) => callsAtCounters(current, next.counters));
    };
    const onRecent = (recent: Call[]): void => {
      const shown = recent.slice(0, kept());
      setCalls(shown);
      // A live call still current keeps flashing (a configuration push resends the list).
      setFreshCall((fresh) => (sameCall(fresh, shown[0]) ? fresh : null));
    };
    const onCall = (call: Call): void => {
      const current = viewRef.current;
      // Sent before this screen learnt its zones changed: not one of its counters now.
      if (current && !current.counters.some((counter) => counter.id === call.counterId)) return;
      setCalls((shown) => withCall(shown, call, kept()));
      setFreshCall(call);
      setLiveCount((count) => count + 1);
      onLiveCallRef.current(call, current);
    };
    const onSummary = (next: QueueSummary): void => {
      // A new business day starts with an empty board, even on a screen left on overnight.
      if (businessDayRef.current !== null && businessDayRef.current !== next.businessDay) {
        setCalls([]);
        setFreshCall(null);
      }
      businessDayRef.current = next.businessDay;
      setSummary(next);
    };
    const onSnapshot = (snapshot: CentreSnapshot): void => setCentre(snapshot.centre);
    const stopListening = listenTo(socket, {
      'display:config': onView,
      'centre:snapshot': onSnapshot,
      'queue:summary': onSummary,
      'calls:recent': onRecent,
      'call:made': onCall,
    });
    return stopListening;
  }, [socket]);

  return { connection, refusal, view, centre, timeZone, summary, calls, freshCall, liveCount };
};
