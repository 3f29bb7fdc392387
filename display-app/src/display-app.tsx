import { useEffect, useState } from 'react';
import { useRoleSocket } from '@openops/client';
import type { Call, CentreSnapshot } from '@openops/protocol';
import { callsKept, withCall } from './recent-calls';

type Props = { serverUrl: string; deviceId: string };

export const DisplayApp = ({ serverUrl, deviceId }: Props) => {
  const { socket, connection } = useRoleSocket('display', serverUrl, deviceId);
  const [calls, setCalls] = useState<Call[]>([]);
  const [centreName, setCentreName] = useState('');

  useEffect(() => {
    if (!socket) return undefined;
    const onSnapshot = (snapshot: CentreSnapshot): void => setCentreName(snapshot.centre.name);
    const onRecent = (recent: Call[]): void => setCalls(recent.slice(0, callsKept));
    const onCall = (call: Call): void => setCalls((current) => withCall(current, call));
    socket.on('centre:snapshot', onSnapshot);
    socket.on('calls:recent', onRecent);
    socket.on('call:made', onCall);
    return () => {
      socket.off('centre:snapshot', onSnapshot);
      socket.off('calls:recent', onRecent);
      socket.off('call:made', onCall);
    };
  }, [socket]);

  const [current, ...earlier] = calls;
  return (
    <main className="display">
      <header>
        <h1>{centreName}</h1>
        {connection === 'offline' && (
          <span role="status" className="offline">
            Mất kết nối máy chủ
          </span>
        )}
      </header>
      <section aria-label="Số đang gọi" className="current">
        {current ? (
          <p className="current-call">
            <span className="number">{current.ticketNumber}</span>
            <span className="arrow"> → </span>
            <span className="counter">{current.counterName}</span>
          </p>
        ) : (
          <p className="idle">Xin mời công dân chờ đến lượt</p>
        )}
      </section>
      <section aria-label="Các số vừa gọi">
        <ol className="recent">
          {earlier.map((call) => (
            <li key={`${call.ticketId}-${call.calledAt}`}>
              {call.ticketNumber} → {call.counterName}
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
};
