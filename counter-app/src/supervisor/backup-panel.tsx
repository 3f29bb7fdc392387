import { useCallback, useContext, useEffect, useState } from 'react';
import { backupListSchema, type BackupList } from '@openops/protocol';
import { LanguageContext, useText } from '../ui-language';
import {
  backupFailureInList,
  backupHeadline,
  formatBackupDay,
  formatBytes,
  type BackupFailure,
} from './backup-headline';
import { dayTime, type FloorClock } from './floor-time';
import { serverMessageText } from '../server-message-text';
import { fromServer, inEachLanguage, type Bilingual } from '../bilingual';
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
  const tx = useText();
  const language = useContext(LanguageContext);
  const { serverUrl, token } = api;
  const [list, setList] = useState<BackupList | null>(null);
  const [problem, setProblem] = useState<{ say: Bilingual } | null>(null);
  const [message, setMessage] = useState<{ say: Bilingual } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async (): Promise<void> => {
    const reply = await callApi<unknown>({ serverUrl, token }, '/backups');
    if (!reply.ok) {
      const reason = reply.error.message;
      setProblem({
        say:
          reply.error.code === 'not-found'
            ? {
                vi: 'Máy chủ đang tắt sao lưu hằng ngày (--keep-backups 0).',
                en: 'Daily backups are turned off on the server (--keep-backups 0).',
              }
            : {
                vi: `Không đọc được danh sách bản sao lưu: ${reason}`,
                en: `Could not read the list of backups: ${serverMessageText(reason, 'en')}`,
              },
      });
      return;
    }
    const parsed = backupListSchema.safeParse(reply.data);
    setList(parsed.success ? parsed.data : null);
    setProblem(
      parsed.success
        ? null
        : {
            say: {
              vi: 'Máy chủ trả về danh sách bản sao lưu không hợp lệ.',
              en: 'The server sent a backup list that cannot be read.',
            },
          },
    );
  }, [serverUrl, token]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), backupPollSeconds * 1000);
    return () => clearInterval(timer);
  }, [refresh]);

  const takeNow = async (): Promise<void> => {
    setBusy(true);
    setMessage({ say: { vi: 'Đang sao lưu…', en: 'Backing up…' } });
    const reply = await callApi<{ day: string; bytes: number }>(api, '/backups', {
      method: 'POST',
    });
    setBusy(false);
    if (reply.ok) {
      const { day, bytes } = reply.data;
      setMessage({
        say: inEachLanguage((shown) =>
          shown === 'en'
            ? `Backed up ${formatBackupDay(day, 'en')} (${formatBytes(bytes, 'en')}).`
            : `Đã sao lưu ngày ${formatBackupDay(day, 'vi')} (${formatBytes(bytes, 'vi')}).`,
        ),
      });
    } else {
      setMessage({ say: fromServer(reply.error.message) });
    }
    await refresh();
  };

  const headline = clock
    ? backupHeadline(list, clock, backupFailureInList(list) ?? failure, language)
    : null;
  return (
    <section aria-label={tx('Sao lưu dữ liệu', 'Data backup')} className="backup-panel">
      <h2>{tx('Sao lưu dữ liệu', 'Data backup')}</h2>
      {problem && <p role="alert">{problem.say[language]}</p>}
      {headline && (
        <p className={headline.attention ? 'needs-attention' : 'all-well'}>{headline.text}</p>
      )}
      {list && (
        <>
          {language === 'en' ? (
            <p>
              Folder on the server: <code>{list.folder}</code>. Copy this folder to another machine
              every night.
            </p>
          ) : (
            <p>
              Thư mục trên máy chủ: <code>{list.folder}</code>. Hãy chép thư mục này sang một máy
              khác mỗi đêm.
            </p>
          )}
          <table aria-label={tx('Các bản sao lưu', 'Backups')}>
            <thead>
              <tr>
                <th scope="col">{tx('Ngày', 'Day')}</th>
                <th scope="col">{tx('Sao lưu lúc', 'Taken at')}</th>
                <th scope="col">{tx('Dung lượng', 'Size')}</th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((backup) => (
                <tr key={backup.day}>
                  <th scope="row">{formatBackupDay(backup.day, language)}</th>
                  <td>{clock ? dayTime(backup.takenAt, clock, language) : backup.takenAt}</td>
                  <td>{formatBytes(backup.bytes, language)}</td>
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
        {tx('Sao lưu ngay', 'Back up now')}
      </button>
      {message && <p role="status">{message.say[language]}</p>}
    </section>
  );
};
