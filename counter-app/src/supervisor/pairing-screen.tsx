import { useCallback, useEffect, useState } from 'react';
import type { EditableConfig } from '@openops/protocol';
import { callApi, type ApiCaller } from './supervisor-api';
import { parseList } from './parse-list';
import {
  pairedDeviceSchema,
  pairingRefusal,
  pendingRequestSchema,
  readPairingCode,
  revokeQuestion,
  roleNames,
  type PairedDevice,
  type PendingRequest,
} from './pairing-devices';
import { ConfirmQuestionDialog } from './confirm-question-dialog';

type Props = {
  api: ApiCaller;
  /** Admins approve, reject and revoke; supervisors see the paired devices only. */
  isAdmin: boolean;
  /** For the names the configuration gives devices, and the centre's time zone. */
  config: EditableConfig | null;
};

/** How often the lists are read again while the screen is open. */
const refreshSeconds = 5;

/**
 * The devices paired with the centre (id, role, name, when and by whom), each revocable by an
 * admin after a confirmation; and, for admins, the new devices waiting to be paired: the admin
 * compares the six digits the device shows and approves, or rejects. Read every 5 s.
 */
export const PairingScreen = ({ api, isAdmin, config }: Props) => {
  const { serverUrl, token } = api;
  const [pending, setPending] = useState<PendingRequest[]>([]);
  const [paired, setPaired] = useState<PairedDevice[]>([]);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [codeProblems, setCodeProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<PairedDevice | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    const caller = { serverUrl, token };
    const devices = await callApi<unknown>(caller, '/devices');
    if (devices.ok) setPaired(parseList(pairedDeviceSchema, devices.data));
    else setMessage(`Không đọc được danh sách thiết bị: ${devices.error.message}`);
    if (!isAdmin) return;
    const requests = await callApi<unknown>(caller, '/devices/pairing-requests');
    if (requests.ok) setPending(parseList(pendingRequestSchema, requests.data));
    else setMessage(`Không đọc được yêu cầu ghép nối: ${requests.error.message}`);
  }, [serverUrl, token, isAdmin]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [load]);

  const configuredName = (deviceId: string): string | null =>
    config?.devices.find((device) => device.id === deviceId)?.name ?? null;

  const decide = async (request: PendingRequest, approve: boolean): Promise<void> => {
    let body = {};
    if (approve) {
      // Said beside the code, before any request: the server's answer would be "Dữ liệu không hợp lệ".
      const read = readPairingCode(codes[request.requestId] ?? '', request.deviceId);
      if (!read.ok) {
        setCodeProblems((old) => ({ ...old, [request.requestId]: read.problem }));
        return;
      }
      body = { pairingCode: read.code };
    }
    setCodeProblems((old) =>
      Object.fromEntries(Object.entries(old).filter(([id]) => id !== request.requestId)),
    );
    const reply = await callApi<unknown>(
      api,
      `/devices/pairing-requests/${encodeURIComponent(request.requestId)}/${approve ? 'approve' : 'reject'}`,
      { method: 'POST', body },
    );
    setMessage(
      reply.ok
        ? `${approve ? 'Đã duyệt' : 'Đã từ chối'} ${request.deviceId}`
        : pairingRefusal(reply.error),
    );
    await load();
  };

  const revoke = async (device: PairedDevice): Promise<void> => {
    setBusy(true);
    const reply = await callApi<unknown>(api, `/devices/${encodeURIComponent(device.deviceId)}`, {
      method: 'DELETE',
    });
    setBusy(false);
    setRevoking(null);
    setMessage(
      reply.ok
        ? `Đã thu hồi ${device.deviceId}. Thiết bị ngừng hoạt động cho đến khi được ghép nối lại.`
        : `Chưa thu hồi được ${device.deviceId}: ${reply.error.message}`,
    );
    await load();
  };

  const when = (iso: string | undefined): string =>
    iso
      ? new Date(iso).toLocaleString('vi-VN', {
          timeZone: config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh',
        })
      : '—';

  return (
    <section aria-label="Ghép nối thiết bị" className="pairing">
      {message && <p role="status">{message}</p>}
      {isAdmin && (
        <>
          <h2>Thiết bị chờ ghép nối</h2>
          {pending.length === 0 ? (
            <p>Không có thiết bị nào chờ duyệt.</p>
          ) : (
            <table aria-label="Yêu cầu ghép nối">
              <thead>
                <tr>
                  <th scope="col">Thiết bị</th>
                  <th scope="col">Tên thiết bị gửi</th>
                  <th scope="col">Vai trò</th>
                  <th scope="col">Mã trên thiết bị</th>
                  <th scope="col">Quyết định</th>
                </tr>
              </thead>
              <tbody>
                {pending.map((request) => {
                  const problem = codeProblems[request.requestId];
                  const configured = configuredName(request.deviceId);
                  return (
                    <tr key={request.requestId}>
                      <th scope="row">{request.deviceId}</th>
                      <td>
                        {request.name ?? (configured ? `${configured} (theo cấu hình)` : '—')}
                      </td>
                      <td>{roleNames[request.role] ?? request.role}</td>
                      <td>
                        <input
                          aria-label={`Mã ghép nối của ${request.deviceId}`}
                          inputMode="numeric"
                          maxLength={7}
                          value={codes[request.requestId] ?? ''}
                          aria-invalid={problem ? true : undefined}
                          aria-describedby={
                            problem ? `code-problem-${request.requestId}` : undefined
                          }
                          onChange={(event) =>
                            setCodes((old) => ({ ...old, [request.requestId]: event.target.value }))
                          }
                        />
                        {problem && (
                          <span id={`code-problem-${request.requestId}`} className="field-error">
                            {problem}
                          </span>
                        )}
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
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      <h2>Thiết bị đã ghép nối</h2>
      {!isAdmin && <p>Chỉ quản trị viên duyệt yêu cầu ghép nối và thu hồi thiết bị.</p>}
      {paired.length === 0 ? (
        <p>Chưa có thiết bị nào được ghép nối.</p>
      ) : (
        <table aria-label="Thiết bị đã ghép nối">
          <thead>
            <tr>
              <th scope="col">Thiết bị</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Tên</th>
              <th scope="col">Ghép nối lúc</th>
              <th scope="col">Người duyệt</th>
              {isAdmin && <th scope="col">Thu hồi</th>}
            </tr>
          </thead>
          <tbody>
            {paired.map((device) => (
              <tr key={device.deviceId}>
                <th scope="row">{device.deviceId}</th>
                <td>{roleNames[device.role] ?? device.role}</td>
                <td>{device.name}</td>
                <td>{when(device.approvedAt)}</td>
                <td>{device.approvedBy ?? '—'}</td>
                {isAdmin && (
                  <td>
                    <button
                      type="button"
                      aria-label={`Thu hồi ${device.deviceId}`}
                      onClick={() => setRevoking(device)}
                    >
                      Thu hồi
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoking && (
        <ConfirmQuestionDialog
          id="revoke-device"
          question={revokeQuestion(revoking)}
          confirmLabel="Thu hồi"
          busy={busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </section>
  );
};
