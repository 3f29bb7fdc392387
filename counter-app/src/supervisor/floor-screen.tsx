import { useEffect } from 'react';
import type { FloorDevice, FloorView } from '@openops/protocol';
import { formatMinutesSeconds } from '../elapsed';
import { useNow } from '../use-now';
import { dayTime } from './floor-time';
import type { ApiCaller } from './supervisor-api';
import { isReleasable, releaseQuestion } from './counter-release';
import { ConfirmQuestionDialog } from './confirm-question-dialog';
import { useCounterRelease } from './use-counter-release';

const counterStates: Record<FloorView['counters'][number]['state'], string> = {
  open: 'Đang mở',
  paused: 'Tạm dừng',
  closed: 'Đóng',
};

const ticketStates: Record<string, string> = {
  called: 'Đang mời',
  serving: 'Đang phục vụ',
};

const kindNames: Record<FloorDevice['kind'], string> = {
  kiosk: 'Kiosk',
  display: 'Màn hình',
  counter: 'Máy quầy',
  'rating-screen': 'Màn hình đánh giá',
  printer: 'Máy in',
  scanner: 'Máy quét',
  keypad: 'Bàn phím đánh giá',
};

const faultNames: Record<string, string> = {
  'paper-out': 'Hết giấy',
  'paper-near-end': 'Sắp hết giấy',
  'cover-open': 'Mở nắp',
  offline: 'Mất kết nối',
  unplugged: 'Rút cáp',
};

const severityNames: Record<FloorView['alerts'][number]['severity'], string> = {
  warning: 'Lưu ý',
  critical: 'Nghiêm trọng',
};

/**
 * Offline while nobody needs it (a closed counter's PC, a kiosk after hours): switched off as
 * expected, shown greyed as "Tắt" rather than as a fault.
 */
const isOff = (device: FloorDevice): boolean => !device.online && !device.needed;

const deviceRowClass = (device: FloorDevice): string | undefined => {
  if (isOff(device)) return 'off';
  return device.faults.length > 0 ? 'faulty' : undefined;
};

type Props = {
  view: FloorView | null;
  online: boolean;
  api: ApiCaller;
  /** Supervisors and admins free a counter its officer left held; default not offered. */
  canRelease?: boolean;
};

/**
 * The live floor: alerts first (each announced once to screen readers as it appears), then
 * every counter with its officer and current ticket's time (and, for a counter an officer
 * holds, "Giải phóng quầy"), the queues with their longest wait, and the equipment with its
 * faults.
 */
export const FloorScreen = ({ view, online, api, canRelease = false }: Props) => {
  const now = useNow();
  const release = useCounterRelease(api);
  const { asking, cancel } = release;
  // Read from the live floor: the dialog names who holds the counter and its ticket now.
  const asked = view?.counters.find((counter) => counter.counterId === asking) ?? null;
  const stillHeld = asked !== null && isReleasable(asked);
  useEffect(() => {
    // Closed meanwhile (by its officer, another supervisor): there is nothing left to free.
    if (asking !== null && !stillHeld) cancel();
  }, [asking, stillHeld, cancel]);
  if (!view) return <p role="status">Đang tải sơ đồ quầy… (loading the floor)</p>;
  return (
    <div className="floor">
      {!online && (
        <p role="status" className="banner">
          Mất kết nối máy chủ, đang thử lại… (offline, retrying)
        </p>
      )}
      {/* One announcement per alert: each is its own `role="alert"`, announced as it appears;
          the section is no live region too, or every alert would be read twice. */}
      <section aria-label="Cảnh báo" className="alerts">
        <h2>Cảnh báo ({view.alerts.length})</h2>
        {view.alerts.length === 0 ? (
          <p>Không có cảnh báo (no alerts)</p>
        ) : (
          <ul>
            {view.alerts.map((alert) => (
              <li key={alert.id} className={`alert ${alert.severity}`}>
                {/* Inside the item, so the list stays a list to assistive technology. */}
                <div role="alert">
                  {/* Said in words as well as colour: a screen reader or a colour-blind eye gets it too. */}
                  <strong>{severityNames[alert.severity]}: </strong>
                  {alert.message}
                  <small lang="en"> — {alert.messageEn}</small>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label="Các quầy">
        <h2>Các quầy</h2>
        <table aria-label="Trạng thái quầy">
          <thead>
            <tr>
              <th scope="col">Quầy</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cán bộ</th>
              <th scope="col">Số đang phục vụ</th>
              <th scope="col">Thời gian (phút:giây)</th>
              {canRelease && <th scope="col">Thao tác</th>}
            </tr>
          </thead>
          <tbody>
            {view.counters.map((counter) => (
              <tr key={counter.counterId}>
                <th scope="row">{counter.name}</th>
                <td>
                  {counterStates[counter.state]}
                  {counter.reason ? ` (${counter.reason})` : ''}
                </td>
                <td>{counter.officerName ?? '—'}</td>
                <td>
                  {counter.current
                    ? `${counter.current.number} · ${ticketStates[counter.current.state] ?? counter.current.state}`
                    : '—'}
                </td>
                <td>
                  {counter.current
                    ? formatMinutesSeconds(now - Date.parse(counter.current.since))
                    : '—'}
                </td>
                {canRelease && (
                  <td>
                    {isReleasable(counter) ? (
                      <button
                        type="button"
                        aria-label={`Giải phóng ${counter.name}`}
                        onClick={() => release.ask(counter.counterId)}
                      >
                        Giải phóng quầy
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {release.outcome && (
          <p role={release.outcome.refused ? 'alert' : 'status'}>{release.outcome.text}</p>
        )}
        {asked && stillHeld && (
          <ConfirmQuestionDialog
            id="release-counter"
            question={releaseQuestion(asked)}
            confirmLabel="Giải phóng quầy"
            busy={release.busy}
            onConfirm={() => void release.confirm(asked)}
            onCancel={cancel}
          />
        )}
      </section>

      <section aria-label="Hàng chờ">
        <h2>Hàng chờ theo dịch vụ (ngưỡng cảnh báo {view.waitAlertMinutes} phút)</h2>
        <table aria-label="Hàng chờ theo dịch vụ">
          <thead>
            <tr>
              <th scope="col">Dịch vụ</th>
              <th scope="col">Đang chờ</th>
              <th scope="col">Chờ lâu nhất (phút:giây)</th>
            </tr>
          </thead>
          <tbody>
            {view.services.map((service) => (
              <tr key={service.serviceId}>
                <th scope="row">{service.name}</th>
                <td>{service.waiting}</td>
                <td>
                  {service.longestWaitSeconds === null
                    ? '—'
                    : `${service.longestTicket ?? ''} · ${formatMinutesSeconds(service.longestWaitSeconds * 1000)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-label="Thiết bị">
        <h2>Thiết bị</h2>
        <table aria-label="Tình trạng thiết bị">
          <thead>
            <tr>
              <th scope="col">Thiết bị</th>
              <th scope="col">Tên</th>
              <th scope="col">Loại</th>
              <th scope="col">Kết nối</th>
              <th scope="col">Lỗi</th>
              <th scope="col">Lần cuối</th>
            </tr>
          </thead>
          <tbody>
            {view.devices.map((device) => (
              // By kind too: a counter PC and the rating page in its shell share a device id.
              <tr key={`${device.kind}:${device.id}`} className={deviceRowClass(device)}>
                <th scope="row">{device.id}</th>
                <td>{device.ownerName ?? '—'}</td>
                <td>{kindNames[device.kind]}</td>
                <td>
                  {device.online
                    ? 'Trực tuyến'
                    : isOff(device)
                      ? 'Tắt'
                      : device.offlineSince
                        ? `Ngoại tuyến từ ${dayTime(device.offlineSince, view)}`
                        : 'Ngoại tuyến'}
                </td>
                <td>
                  {device.faults.length > 0 && !isOff(device)
                    ? device.faults.map((fault) => faultNames[fault] ?? fault).join(', ')
                    : '—'}
                </td>
                <td>{dayTime(device.lastSeen, view)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
};
