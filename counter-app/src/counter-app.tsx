import { useEffect, useState } from 'react';
import { useRoleSocket } from '@openops/client';
import type { Call, CentreSnapshot, Counter, QueueSummary } from '@openops/protocol';

type Props = { serverUrl: string; deviceId: string };

export const CounterApp = ({ serverUrl, deviceId }: Props) => {
  const { socket, connection } = useRoleSocket('counter', serverUrl, deviceId);
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [summary, setSummary] = useState<QueueSummary | null>(null);
  const [counter, setCounter] = useState<Counter | null>(null);
  const [current, setCurrent] = useState<Call | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!socket) return undefined;
    socket.on('centre:snapshot', setSnapshot);
    socket.on('queue:summary', setSummary);
    return () => {
      socket.off('centre:snapshot', setSnapshot);
      socket.off('queue:summary', setSummary);
    };
  }, [socket]);

  const callNext = (): void => {
    if (!socket || !counter) return;
    setMessage(null);
    socket
      .timeout(10_000)
      .emit('counter:call-next', { counterId: counter.id }, (timeoutError, reply) => {
        if (timeoutError) setMessage('Máy chủ không phản hồi, vui lòng thử lại');
        else if (reply.ok) setCurrent(reply.data);
        else setMessage(reply.error.message);
      });
  };

  const waitingHere = (summary?.waiting ?? [])
    .filter((entry) => counter?.serviceIds.includes(entry.serviceId))
    .reduce((sum, entry) => sum + entry.count, 0);

  if (!counter) {
    return (
      <main className="counter">
        <h1>Chọn quầy làm việc</h1>
        {connection !== 'online' && <p role="status">Đang kết nối tới máy chủ…</p>}
        <div className="counter-list">
          {(snapshot?.counters ?? []).map((candidate) => (
            <button key={candidate.id} type="button" onClick={() => setCounter(candidate)}>
              {candidate.name}
            </button>
          ))}
        </div>
      </main>
    );
  }

  return (
    <main className="counter">
      <header>
        <h1>{counter.name}</h1>
        <p>
          Dịch vụ:{' '}
          {counter.serviceIds
            .map((id) => snapshot?.services.find((service) => service.id === id)?.name ?? id)
            .join(', ')}
        </p>
        {connection === 'offline' && <p role="status">Mất kết nối máy chủ — đang thử lại…</p>}
      </header>
      <p>Đang chờ: {waitingHere}</p>
      <section aria-label="Số đang phục vụ" className="current">
        {current ? (
          <p className="current-number">{current.ticketNumber}</p>
        ) : (
          <p>Chưa gọi số nào</p>
        )}
      </section>
      <button
        type="button"
        className="primary"
        onClick={callNext}
        disabled={connection !== 'online'}
      >
        Gọi số tiếp theo
      </button>
      {message && <p role="alert">{message}</p>}
    </main>
  );
};
