import { useCallback, useEffect, useState } from 'react';
import { backupListSchema, formatBusinessDay, type BackupList } from '@openops/protocol';
import {
  backupFailureInList,
  backupHeadline,
  formatBytes,
  type BackupFailure,
} from './backup-headline';
import { dayTime, type FloorClock } from './floor-time';
import { callApi, type ApiCaller } from './supervisor-api';

/** How often the list of copies is read again. */
const backupPollSeconds = 60;

type Props = {
  api: ApiCaller;
  clock: FloorClock | null;
  /** The day's copy failing now, as the floor reports it; null while copies are written. */
  failure: BackupFailure | null;
};

/**
 * The server's daily copies of the store and configuration: the newest, whether they have
 * stopped, each day kept, and a copy taken now (before moving the server, or after a day of
 * configuration changes).
 */
export const BackupPanel = ({ api, clock, failure }: Props) => {
  const { serverUrl, token } = api;
  const [list, setList] = useState<BackupList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async (): Promise<void> => {
    const reply = await callApi<unknown>({ serverUrl, token }, '/backups');
    if (!reply.ok) {
      setProblem(
        reply.error.code === 'not-found'
          ? 'Máy chủ đang tắt sao lưu hằng ngày (--keep-backups 0).'
          : `Không đọc được danh sách bản sao lưu: ${reply.error.message}`,
      );
      return;
    }
    const parsed = backupListSchema.safeParse(reply.data);
    setList(parsed.success ? parsed.data : null);
    setProblem(parsed.success ? null : 'Máy chủ trả về danh sách bản sao lưu không hợp lệ.');
  }, [serverUrl, token]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), backupPollSeconds * 1000);
    return () => clearInterval(timer);
  }, [refresh]);

  const takeNow = async (): Promise<void> => {
    setBusy(true);
    setMessage('Đang sao lưu…');
    const reply = await callApi<{ day: string; bytes: number }>(api, '/backups', {
      method: 'POST',
    });
    setBusy(false);
    setMessage(
      reply.ok
        ? `Đã sao lưu ngày ${formatBusinessDay(reply.data.day)} (${formatBytes(reply.data.bytes)}).`
        : reply.error.message,
    );
    await refresh();
  };

  const headline = clock ? backupHeadline(list, clock, backupFailureInList(list) ?? failure) : null;
  return (
    <section aria-label="Sao lưu dữ liệu" className="backup-panel">
      <h2>Sao lưu dữ liệu</h2>
      {problem && <p role="alert">{problem}</p>}
      {headline && (
        <p className={headline.attention ? 'needs-attention' : 'all-well'}>{headline.text}</p>
      )}
      {list && (
        <>
          <p>
            Thư mục trên máy chủ: <code>{list.folder}</code>. Hãy chép thư mục này sang một máy khác
            mỗi đêm.
          </p>
          <table aria-label="Các bản sao lưu">
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Sao lưu lúc</th>
                <th scope="col">Dung lượng</th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.day}>
                  <th scope="row">{formatBusinessDay(backup.day)}</th>
                  <td>{clock ? dayTime(backup.takenAt, clock) : backup.takenAt}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button
        type="button"
        disabled={busy || (problem !== null && list === null)}
        onClick={() => void takeNow()}
      >
        Sao lưu ngay
      </button>
      {message && <p role="status">{message}</p>}
    </section>
  );
};
