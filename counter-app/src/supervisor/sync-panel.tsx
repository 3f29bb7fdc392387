import { useState } from 'react';
import type { FloorView, OutboxKind } from '@openops/protocol';
import { dayTime } from './floor-time';
import { syncHeadline } from './sync-headline';
import { callApi, type ApiCaller } from './supervisor-api';
import { useParkedRecords } from './use-parked-records';

const kindNames: Record<OutboxKind, string> = {
  dossier: 'Hồ sơ',
  'dossier-status': 'Trạng thái hồ sơ',
  rating: 'Đánh giá',
  'ticket-event': 'Sự kiện phiếu',
  'queue-stats': 'Số liệu hàng chờ',
  sms: 'Tin nhắn SMS',
};

type Props = { api: ApiCaller; view: FloorView | null };

/**
 * How the centre's records reach OpenOPS, from the floor view's sync status: what waits, since
 * when, the last error, and the records the backend refused, each with its reason and a retry
 * once the cause is fixed.
 */
export const SyncPanel = ({ api, view }: Props) => {
  const status = view?.sync ?? null;
  const { parked, problem, refresh } = useParkedRecords(api, status?.parked ?? 0);
  const [message, setMessage] = useState<string | null>(null);
  const at = (iso: string | null): string => (view ? dayTime(iso, view) : (iso ?? '—'));

  const retry = async (id: number): Promise<void> => {
    const reply = await callApi<unknown>(api, `/sync/parked/${id}/retry`, { method: 'POST' });
    setMessage(reply.ok ? `Đã đưa bản ghi #${id} vào hàng gửi lại.` : reply.error.message);
    await refresh();
  };

  const headline = status ? syncHeadline(status) : null;
  return (
    <section aria-label="Đồng bộ OpenOPS" className="sync-panel">
      <h2>Đồng bộ OpenOPS</h2>
      {problem && <p role="alert">Không đọc được các bản ghi bị treo: {problem}</p>}
      {headline && (
        <p role="status" className={headline.attention ? 'needs-attention' : 'all-well'}>
          {headline.text}
        </p>
      )}
      {status && (
        <table aria-label="Số liệu đồng bộ">
          <tbody>
            <tr>
              <th scope="row">Chờ gửi</th>
              <td>{status.pending}</td>
            </tr>
            <tr>
              <th scope="row">Bị treo</th>
              <td>{status.parked}</td>
            </tr>
            <tr>
              <th scope="row">Đã gửi</th>
              <td>{status.delivered}</td>
            </tr>
            <tr>
              <th scope="row">Gửi thành công lần cuối</th>
              <td>{at(status.lastDeliveredAt)}</td>
            </tr>
            <tr>
              <th scope="row">Lỗi gần nhất</th>
              <td>{status.lastError ?? '—'}</td>
            </tr>
            <tr>
              <th scope="row">Danh mục thủ tục cập nhật</th>
              <td>{at(status.catalogueRefreshedAt)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {message && <p role="status">{message}</p>}
      {parked.length > 0 && (
        <table aria-label="Bản ghi bị treo">
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Hồ sơ / phiếu</th>
              <th scope="col">Lý do</th>
              <th scope="col">Số lần gửi</th>
              <th scope="col">Treo lúc</th>
              <th scope="col">
                <span className="visually-hidden">Gửi lại</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parked.map((record) => (
              <tr key={record.id}>
                <th scope="row">{kindNames[record.kind]}</th>
                <td>{record.orderKey}</td>
                <td>{record.reason}</td>
                <td>{record.attempts}</td>
                <td>{at(record.parkedAt)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Gửi lại ${record.orderKey}`}
                    onClick={() => void retry(record.id)}
                  >
                    Gửi lại
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
