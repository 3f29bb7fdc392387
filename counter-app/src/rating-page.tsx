import { useEffect, useState } from 'react';
import { handshakeRefusalOf, useRoleSocket } from '@openops/client';
import {
  keypadLevels,
  ratingLevelLabels,
  type CounterClientEvents,
  type RatingLevel,
  type RatingRequestView,
} from '@openops/protocol';
import { requestReply } from './socket-request';

type Props = { serverUrl: string; deviceId: string; counterId: string };

/** How long a refused page waits before asking the server again. Default 30 s. */
export const refusedRetryMs = 30_000;

/**
 * The rating page for a tablet at a counter without a keypad (or a kiosk): when the officer
 * finishes, the buttons light up for that citizen; one press is stored, then the page thanks them.
 */
export const RatingPage = ({ serverUrl, deviceId, counterId }: Props) => {
  // Naming its counter in the handshake lets the supervisor's floor list this tablet as that
  // counter's rating screen, needed while the counter is open.
  const { socket, connection } = useRoleSocket(
    'counter',
    serverUrl,
    deviceId,
    undefined,
    counterId,
  );
  const [request, setRequest] = useState<RatingRequestView | null>(null);
  const [thanked, setThanked] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    if (!socket) return undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // The server refuses a counter it does not have (a typo in the address, a counter removed
    // from the configuration); socket.io does not retry a refusal, so the page says why and asks
    // again now and then: once the counter is back, the page is too.
    const onConnectError = (error: Error): void => {
      const refused = handshakeRefusalOf(error);
      if (!refused) return;
      setRefusal(refused.message);
      clearTimeout(retry);
      retry = setTimeout(() => socket.connect(), refusedRetryMs);
    };
    // Let go by the server (its counter was removed): ask again at once, to hear why.
    const onDisconnect = (reason: string): void => {
      if (reason === 'io server disconnect') socket.connect();
    };
    const onConnect = (): void => setRefusal(null);
    socket.on('connect_error', onConnectError);
    socket.on('disconnect', onDisconnect);
    socket.on('connect', onConnect);
    // A refusal that came before these listeners (the socket connects as it is made) is not
    // retried by socket.io: ask again now, and this time hear it.
    if (!socket.connected && !socket.active) socket.connect();
    return () => {
      clearTimeout(retry);
      socket.off('connect_error', onConnectError);
      socket.off('disconnect', onDisconnect);
      socket.off('connect', onConnect);
    };
  }, [socket]);

  useEffect(() => {
    if (!socket) return undefined;
    const onStatus = (view: RatingRequestView): void => {
      if (view.counterId !== counterId) return;
      if (view.state === 'waiting') {
        setRequest(view);
        setThanked(false);
        setMessage(null);
      } else {
        setRequest((old) => (old?.requestId === view.requestId ? null : old));
      }
    };
    socket.on('rating:status', onStatus);
    return () => {
      socket.off('rating:status', onStatus);
    };
  }, [socket, counterId]);

  const rate = async (level: RatingLevel): Promise<void> => {
    if (!socket || !request) return;
    const reply = await requestReply<CounterClientEvents, 'rating:submit'>(
      socket,
      'rating:submit',
      {
        requestId: request.requestId,
        level,
        source: 'kiosk',
      },
    );
    if (reply.ok) {
      setRequest(null);
      setThanked(true);
    } else {
      setMessage(reply.error.message);
    }
  };

  return (
    <main className="rating-page">
      <h1>Đánh giá mức độ hài lòng</h1>
      <p lang="en">How satisfied are you with our service?</p>
      {refusal ? (
        <p role="alert">{refusal}</p>
      ) : (
        connection !== 'online' && <p role="status">Đang kết nối tới máy chủ…</p>
      )}
      {request ? (
        <section aria-label={`Đánh giá lượt phục vụ số ${request.ticketNumber}`}>
          <p>Số {request.ticketNumber}</p>
          <div className="rating-buttons">
            {keypadLevels(3).map((level) => (
              <button
                key={level}
                type="button"
                aria-label={ratingLevelLabels[level].vi}
                onClick={() => void rate(level)}
              >
                {ratingLevelLabels[level].vi}
                <small lang="en">{ratingLevelLabels[level].en}</small>
              </button>
            ))}
          </div>
        </section>
      ) : (
        <p>{thanked ? 'Cảm ơn quý khách đã đánh giá! Thank you!' : 'Xin chào quý khách'}</p>
      )}
      {message && <p role="alert">{message}</p>}
    </main>
  );
};
