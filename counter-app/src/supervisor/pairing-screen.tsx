import { useCallback, useContext, useEffect, useState } from 'react';
import type { EditableConfig } from '@openops/protocol';
import { LanguageContext, useText } from '../ui-language';
import { callApi, type ApiCaller } from './supervisor-api';
import { inEachLanguage, type Bilingual } from '../bilingual';
import { serverRefusalText } from '../server-message-text';
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
 * compares the six digits the device shows and approves, or rejects. Read every 5 s. In the
 * chosen language; times in the centre's time zone.
 */
export const PairingScreen = ({ api, isAdmin, config }: Props) => {
  const language = useContext(LanguageContext);
  const tx = useText();
  const { serverUrl, token } = api;
  const [pending, setPending] = useState<PendingRequest[]>([]);
  const [paired, setPaired] = useState<PairedDevice[]>([]);
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [codeProblems, setCodeProblems] = useState<Record<string, Bilingual>>({});
  const [message, setMessage] = useState<Bilingual | null>(null);
  const [revoking, setRevoking] = useState<PairedDevice | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    const caller = { serverUrl, token };
    const devices = await callApi<unknown>(caller, '/devices');
    if (devices.ok) setPaired(parseList(pairedDeviceSchema, devices.data));
    else {
      const why = devices.error.message;
      setMessage({
        vi: `Không đọc được danh sách thiết bị: ${why}`,
        en: `Cannot read the device list: ${serverRefusalText(why, 'en')}`,
      });
    }
    if (!isAdmin) return;
    const requests = await callApi<unknown>(caller, '/devices/pairing-requests');
    if (requests.ok) setPending(parseList(pendingRequestSchema, requests.data));
    else {
      const why = requests.error.message;
      setMessage({
        vi: `Không đọc được yêu cầu ghép nối: ${why}`,
        en: `Cannot read the pairing requests: ${serverRefusalText(why, 'en')}`,
      });
    }
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
      const typed = codes[request.requestId] ?? '';
      const read = readPairingCode(typed, request.deviceId, language);
      if (!read.ok) {
        const problem = inEachLanguage((chosen) => {
          const again = readPairingCode(typed, request.deviceId, chosen);
          return again.ok ? '' : again.problem;
        });
        setCodeProblems((old) => ({ ...old, [request.requestId]: problem }));
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
    if (reply.ok) {
      const id = request.deviceId;
      setMessage(
        approve
          ? { vi: `Đã duyệt ${id}`, en: `Approved ${id}` }
          : { vi: `Đã từ chối ${id}`, en: `Rejected ${id}` },
      );
    } else {
      const { error } = reply;
      setMessage(inEachLanguage((chosen) => pairingRefusal(error, chosen)));
    }
    await load();
  };

  const revoke = async (device: PairedDevice): Promise<void> => {
    setBusy(true);
    const reply = await callApi<unknown>(api, `/devices/${encodeURIComponent(device.deviceId)}`, {
      method: 'DELETE',
    });
    setBusy(false);
    setRevoking(null);
    const id = device.deviceId;
    setMessage(
      reply.ok
        ? {
            vi: `Đã thu hồi ${id}. Thiết bị ngừng hoạt động cho đến khi được ghép nối lại.`,
            en: `Revoked ${id}. The device stops working until it is paired again.`,
          }
        : {
            vi: `Chưa thu hồi được ${id}: ${reply.error.message}`,
            en: `Could not revoke ${id}: ${serverRefusalText(reply.error.message, 'en')}`,
          },
    );
    await load();
  };

  const when = (iso: string | undefined): string =>
    iso
      ? new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', {
          timeZone: config?.centre.timeZone ?? 'Asia/Ho_Chi_Minh',
        })
      : '—';

  return (
    <section aria-label={tx('Ghép nối thiết bị', 'Device pairing')} className="pairing">
      {message && <p role="status">{message[language]}</p>}
      {isAdmin && (
        <>
          <h2>{tx('Thiết bị chờ ghép nối', 'Devices waiting to be paired')}</h2>
          {pending.length === 0 ? (
            <p>{tx('Không có thiết bị nào chờ duyệt.', 'No device is waiting for approval.')}</p>
          ) : (
            <table aria-label={tx('Yêu cầu ghép nối', 'Pairing requests')}>
              <thead>
                <tr>
                  <th scope="col">{tx('Thiết bị', 'Device')}</th>
                  <th scope="col">{tx('Tên thiết bị gửi', 'Name sent by the device')}</th>
                  <th scope="col">{tx('Vai trò', 'Role')}</th>
                  <th scope="col">{tx('Mã trên thiết bị', 'Code on the device')}</th>
                  <th scope="col">{tx('Quyết định', 'Decision')}</th>
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
                        {request.name ??
                          (configured
                            ? tx(
                                `${configured} (theo cấu hình)`,
                                `${configured} (from configuration)`,
                              )
                            : '—')}
                      </td>
                      <td>{roleNames[language][request.role]}</td>
                      <td>
                        <input
                          aria-label={tx(
                            `Mã ghép nối của ${request.deviceId}`,
                            `Pairing code of ${request.deviceId}`,
                          )}
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
                            {problem[language]}
                          </span>
                        )}
                      </td>
                      <td>
                        <button type="button" onClick={() => void decide(request, true)}>
                          {tx(`Duyệt ${request.deviceId}`, `Approve ${request.deviceId}`)}
                        </button>
                        <button type="button" onClick={() => void decide(request, false)}>
                          {tx(`Từ chối ${request.deviceId}`, `Reject ${request.deviceId}`)}
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
      <h2>{tx('Thiết bị đã ghép nối', 'Paired devices')}</h2>
      {!isAdmin && (
        <p>
          {tx(
            'Chỉ quản trị viên duyệt yêu cầu ghép nối và thu hồi thiết bị.',
            'Only admins approve pairing requests and revoke devices.',
          )}
        </p>
      )}
      {paired.length === 0 ? (
        <p>{tx('Chưa có thiết bị nào được ghép nối.', 'No device is paired yet.')}</p>
      ) : (
        <table aria-label={tx('Thiết bị đã ghép nối', 'Paired devices')}>
          <thead>
            <tr>
              <th scope="col">{tx('Thiết bị', 'Device')}</th>
              <th scope="col">{tx('Vai trò', 'Role')}</th>
              <th scope="col">{tx('Tên', 'Name')}</th>
              <th scope="col">{tx('Ghép nối lúc', 'Paired at')}</th>
              <th scope="col">{tx('Người duyệt', 'Approved by')}</th>
              {isAdmin && <th scope="col">{tx('Thu hồi', 'Revoke')}</th>}
            </tr>
          </thead>
          <tbody>
            {paired.map((device) => (
              <tr key={device.deviceId}>
                <th scope="row">{device.deviceId}</th>
                <td>{roleNames[language][device.role]}</td>
                <td>{device.name}</td>
                <td>{when(device.approvedAt)}</td>
                <td>{device.approvedBy ?? '—'}</td>
                {isAdmin && (
                  <td>
                    <button
                      type="button"
                      aria-label={tx(`Thu hồi ${device.deviceId}`, `Revoke ${device.deviceId}`)}
                      onClick={() => setRevoking(device)}
                    >
                      {tx('Thu hồi', 'Revoke')}
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
          question={revokeQuestion(revoking, language)}
          confirmLabel={tx('Thu hồi', 'Revoke')}
          busy={busy}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      )}
    </section>
  );
};
