import { useContext, useState } from 'react';
import type { Language } from '@openops/client';
import { serverMessageText } from '../server-message-text';
import type { FloorView, OutboxKind } from '@openops/protocol';
import { LanguageContext, useText } from '../ui-language';
import { dayTime } from './floor-time';
import { fromServer, type Bilingual } from '../bilingual';
import { syncHeadline } from './sync-headline';
import { callApi, type ApiCaller } from './supervisor-api';
import { useParkedRecords } from './use-parked-records';

const kindNames: Record<OutboxKind, Record<Language, string>> = {
  dossier: { vi: 'Hồ sơ', en: 'Dossier' },
  'dossier-status': { vi: 'Trạng thái hồ sơ', en: 'Dossier status' },
  rating: { vi: 'Đánh giá', en: 'Rating' },
  'ticket-event': { vi: 'Sự kiện phiếu', en: 'Ticket event' },
  'queue-stats': { vi: 'Số liệu hàng chờ', en: 'Queue figures' },
  sms: { vi: 'Tin nhắn SMS', en: 'SMS message' },
};

type Props = { api: ApiCaller; view: FloorView | null };

/**
 * How the centre's records reach OpenOPS, from the floor view's sync status: what waits, since
 * when, the last error, and the records the backend refused, each with its reason and a retry
 * once the cause is fixed. The last error and the reasons are the server's and the backend's
 * own words, shown as they come.
 */
export const SyncPanel = ({ api, view }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
  const status = view?.sync ?? null;
  const { parked, problem, refresh } = useParkedRecords(api, status?.parked ?? 0);
  const [message, setMessage] = useState<{ say: Bilingual } | null>(null);
  const at = (iso: string | null): string => (view ? dayTime(iso, view, language) : (iso ?? '—'));

  const retry = async (id: number): Promise<void> => {
    const reply = await callApi<unknown>(api, `/sync/parked/${id}/retry`, { method: 'POST' });
    setMessage({
      say: reply.ok
        ? {
            vi: `Đã đưa bản ghi #${id} vào hàng gửi lại.`,
            en: `Record #${id} is queued to be sent again.`,
          }
        : fromServer(reply.error.message),
    });
    await refresh();
  };

  const headline = status ? syncHeadline(status, language) : null;
  return (
    <section aria-label={tx('Đồng bộ OpenOPS', 'OpenOPS sync')} className="sync-panel">
      <h2>{tx('Đồng bộ OpenOPS', 'OpenOPS sync')}</h2>
      {problem && (
        <p role="alert">
          {tx('Không đọc được các bản ghi bị treo', 'Could not read the parked records')}: {problem}
        </p>
      )}
      {headline && (
        <p role="status" className={headline.attention ? 'needs-attention' : 'all-well'}>
          {headline.text}
        </p>
      )}
      {status && (
        <table aria-label={tx('Số liệu đồng bộ', 'Sync figures')}>
          <tbody>
            <tr>
              <th scope="row">{tx('Chờ gửi', 'Waiting to send')}</th>
              <td>{status.pending}</td>
            </tr>
            <tr>
              <th scope="row">{tx('Bị treo', 'Parked')}</th>
              <td>{status.parked}</td>
            </tr>
            <tr>
              <th scope="row">{tx('Đã gửi', 'Sent')}</th>
              <td>{status.delivered}</td>
            </tr>
            <tr>
              <th scope="row">{tx('Gửi thành công lần cuối', 'Last sent')}</th>
              <td>{at(status.lastDeliveredAt)}</td>
            </tr>
            <tr>
              <th scope="row">{tx('Lỗi gần nhất', 'Last error')}</th>
              <td>{status.lastError ? serverMessageText(status.lastError, language) : '—'}</td>
            </tr>
            <tr>
              <th scope="row">{tx('Danh mục thủ tục cập nhật', 'Procedure catalogue updated')}</th>
              <td>{at(status.catalogueRefreshedAt)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {message && <p role="status">{message.say[language]}</p>}
      {parked.length > 0 && (
        <table aria-label={tx('Bản ghi bị treo', 'Parked records')}>
          <thead>
            <tr>
              <th scope="col">{tx('Loại', 'Kind')}</th>
              <th scope="col">{tx('Hồ sơ / phiếu', 'Dossier / ticket')}</th>
              <th scope="col">{tx('Lý do', 'Reason')}</th>
              <th scope="col">{tx('Số lần gửi', 'Attempts')}</th>
              <th scope="col">{tx('Treo lúc', 'Parked at')}</th>
              <th scope="col">
                <span className="visually-hidden">{tx('Gửi lại', 'Retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parked.map((record) => (
              <tr key={record.id}>
                <th scope="row">{kindNames[record.kind][language]}</th>
                <td>{record.orderKey}</td>
                <td>{serverMessageText(record.reason, language)}</td>
                <td>{record.attempts}</td>
                <td>{at(record.parkedAt)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={tx(`Gửi lại ${record.orderKey}`, `Retry ${record.orderKey}`)}
                    onClick={() => void retry(record.id)}
                  >
                    {tx('Gửi lại', 'Retry')}
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
