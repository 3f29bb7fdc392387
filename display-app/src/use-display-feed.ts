import { useEffect, useRef, useState } from 'react';
import {
  listenTo,
  useHandshakeRefusal,
  useRoleSocket,
  type ConnectionState,
} from '@openops/client';
import type {
  Call,
  CentreInfo,
  CentreSnapshot,
  DisplayView,
  QueueSummary,
} from '@openops/protocol';
import { callsKeptFor, withCall } from './call-board';

export type DisplayFeed = {
  connection: ConnectionState;
  /** Why the server refused this display (unknown id, not paired), or null. */
  refusal: string | null;
  view: DisplayView | null;
  centre: CentreInfo | null;
  summary: QueueSummary | null;
  /** Newest first, bounded; the first is the current call. */
  calls: Call[];
  /** The call that arrived live and should flash; null after a catch-up. */
  freshCall: Call | null;
  /** Live calls received so far: a new value restarts the flash, even for a second recall. */
  liveCount: number;
};

/**
 * Everything the screen shows, kept from the display namespace. On every (re)connect the
 * server sends the display's view and its zones' latest calls: the list is replaced, so the
 * newest call becomes current, and calls made while away are shown but neither flashed nor
 * spoken (a citizen sent to a counter minutes late is worse than a silent catch-up).
 * Calls that arrive live are handed to `onLiveCall`, for the announcer.
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
  // Read inside socket handlers without re-subscribing on every change.
  const viewRef = useRef<DisplayView | null>(null);
  const businessDayRef = useRef<string | null>(null);
  const onLiveCallRef = useRef(onLiveCall);
  useEffect(() => {
    onLiveCallRef.current = onLiveCall;
  }, [onLiveCall]);

  useEffect(() => {
    if (!socket) return undefined;
    const kept = (): number => {
      const current = viewRef.current;
      return current ? callsKeptFor(current.counters.length, current.layout.recentPerCounter) : 20;
    };
    const onView = (next: DisplayView): void => {
      viewRef.current = next;
      setView(next);
    };
    const onRecent = (recent: Call[]): void => {
      setCalls(recent.slice(0, kept()));
      setFreshCall(null);
    };
    const onCall = (call: Call): void => {
      setCalls((current) => withCall(current, call, kept()));
      setFreshCall(call);
      setLiveCount((count) => count + 1);
      onLiveCallRef.current(call, viewRef.current);
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

  return { connection, refusal, view, centre, summary, calls, freshCall, liveCount };
};
