import { useEffect, useState } from 'react';
import { pairingStateSchema, type PairingState } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';

const roleNames: Record<string, string> = {
  kiosk: 'Kiosk',
  display: 'Màn hình',
  counter: 'Máy quầy',
  agent: 'Bộ điều khiển phần cứng',
};

/**
 * New devices waiting to be paired (admins only, as the server enforces): the admin compares the
 * six digits the device shows and approves, or rejects. Refreshed every 5 s while open.
 */
export const PairingScreen = ({ api }: { api: ApiCaller }) => {
  const [pending, setPending] = useState<PairingState[]>([]);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const load = async (): Promise<void> => {
    const reply = await callApi<unknown>(api, '/devices/pairing-requests');
    if (!reply.ok) {
      setMessage(reply.error.message);
      return;
    }
    setPending(parseList(pairingStateSchema, reply.data));
  };

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 5000);
    return () => clearInterval(timer);
    // The caller does not change while this screen is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const decide = async (request: PairingState, approve: boolean): Promise<void> => {
    const reply = await callApi<unknown>(
      api,
      `/devices/pairing-requests/${encodeURIComponent(request.requestId)}/${approve ? 'approve' : 'reject'}`,
      { method: 'POST', body: approve ? { pairingCode: codes[request.requestId] ?? '' } : {} },
    );
    setMessage(
      reply.ok ? `${approve ? 'Đã duyệt' : 'Đã từ chối'} ${request.deviceId}` : reply.error.message,
    );
    await load();
  };

  return (
    <section aria-label="Ghép nối thiết bị" className="pairing">
      <h2>Thiết bị chờ ghép nối</h2>
      {message && <p role="status">{message}</p>}
      {pending.length === 0 ? (
        <p>Không có thiết bị nào chờ duyệt (no pending requests)</p>
      ) : (
        <table aria-label="Yêu cầu ghép nối">
          <thead>
            <tr>
              <th scope="col">Thiết bị</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Mã trên thiết bị</th>
              <th scope="col">Quyết định</th>
            </tr>
          </thead>
          <tbody>
            {pending.map((request) => (
              <tr key={request.requestId}>
                <th scope="row">{request.deviceId}</th>
                <td>{roleNames[request.role] ?? request.role}</td>
                <td>
                  <input
                    aria-label={`Mã ghép nối của ${request.deviceId}`}
                    inputMode="numeric"
                    maxLength={6}
                    value={codes[request.requestId] ?? ''}
                    onChange={(event) =>
                      setCodes((old) => ({ ...old, [request.requestId]: event.target.value }))
                    }
                  />
                </td>
                <td>
                  <button type="button" onClick={() => void decide(request, true)}>
                    Duyệt {request.deviceId}
                  </button>
                  <button type="button" onClick={() => void decide(request, false)}>
                    Từ chối {request.deviceId}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
