import { useEffect, useRef, useState } from 'react';
import { useHandshakeRefusal, useRoleSocket } from '@openops/client';
import {
  keypadLevels,
  ratingLevelLabels,
  type CounterClientEvents,
  type RatingLevel,
  type RatingRequestView,
} from '@openops/protocol';
import { requestReply } from './socket-request';

type Props = { serverUrl: string; deviceId: string; counterId: string };

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
  // One answer per request: from the first tap until the server's answer the buttons are off,
  // so a double tap is not sent as a second rating (refused, under the thanks). The ref stops
  // a second tap in the same moment, before the disabled buttons are drawn.
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  // A counter the centre does not have (a typo in the address, a counter removed from the
  // configuration): the page says why, and is back once the counter is.
  const refusal = useHandshakeRefusal(socket);

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
    if (!socket || !request || sendingRef.current) return;
    sendingRef.current = true;
    setSending(true);
    try {
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
        setMessage(null);
      } else {
        setMessage(reply.error.message);
      }
    } finally {
      sendingRef.current = false;
      setSending(false);
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
                disabled={sending}
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
