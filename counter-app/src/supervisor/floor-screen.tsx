import { useContext, useEffect } from 'react';
import type { Language } from '@openops/client';
import {
  floorDeviceKindNames,
  type FloorDevice,
  type FloorView,
  type Service,
} from '@openops/protocol';
import { formatMinutesSeconds } from '../elapsed';
import { LanguageContext, useText } from '../ui-language';
import { useNow } from '../use-now';
import { dayTime } from './floor-time';
import { pauseReasonText } from '../pause-reasons';
import type { ApiCaller } from './supervisor-api';
import { isReleasable, releaseOutcomeText, releaseQuestion } from './counter-release';
import { ConfirmQuestionDialog } from './confirm-question-dialog';
import { useCounterRelease } from './use-counter-release';

/** A name in each language, written side by side. */
type Names<K extends string> = Record<K, Record<Language, string>>;

const counterStates: Names<FloorView['counters'][number]['state']> = {
  open: { vi: 'Đang mở', en: 'Open' },
  paused: { vi: 'Tạm dừng', en: 'Paused' },
  closed: { vi: 'Đóng', en: 'Closed' },
};

const ticketStates: Partial<Names<string>> = {
  called: { vi: 'Đang mời', en: 'Called' },
  serving: { vi: 'Đang phục vụ', en: 'Serving' },
};

const faultNames: Partial<Names<string>> = {
  'paper-out': { vi: 'Hết giấy', en: 'Out of paper' },
  'paper-near-end': { vi: 'Sắp hết giấy', en: 'Paper low' },
  'cover-open': { vi: 'Mở nắp', en: 'Cover open' },
  offline: { vi: 'Mất kết nối', en: 'Connection lost' },
  unplugged: { vi: 'Rút cáp', en: 'Unplugged' },
};

const severityNames: Names<FloorView['alerts'][number]['severity']> = {
  warning: { vi: 'Lưu ý', en: 'Warning' },
  critical: { vi: 'Nghiêm trọng', en: 'Critical' },
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
  /** The centre's services, for their English names (the floor sends the Vietnamese); default none. */
  services?: readonly Service[];
  /** Supervisors and admins free a counter its officer left held; default not offered. */
  canRelease?: boolean;
};

/**
 * The live floor: alerts first (each announced once to screen readers as it appears), then
 * every counter with its officer and current ticket's time (and, for a counter an officer
 * holds, "Giải phóng quầy"), the queues with their longest wait, and the equipment with its
 * faults.
 */
export const FloorScreen = ({ view, online, api, services = [], canRelease = false }: Props) => {
  const tx = useText();
  const language = useContext(LanguageContext);
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
  if (!view) {
    return (
      <p role="status">{tx('Đang tải sơ đồ quầy… (loading the floor)', 'Loading the floor…')}</p>
    );
  }
  const serviceName = (serviceId: string, name: string): string =>
    tx(name, services.find((service) => service.id === serviceId)?.nameEn ?? name);
  return (
    <div className="floor">
      {!online && (
        <p role="status" className="banner">
          {tx(
            'Mất kết nối máy chủ, đang thử lại… (offline, retrying)',
            'Server connection lost, retrying…',
          )}
        </p>
      )}
      {/* One announcement per alert: each is its own `role="alert"`, announced as it appears;
          the section is no live region too, or every alert would be read twice. */}
      <section aria-label={tx('Cảnh báo', 'Alerts')} className="alerts">
        <h2>
          {tx('Cảnh báo', 'Alerts')} ({view.alerts.length})
        </h2>
        {view.alerts.length === 0 ? (
          <p>{tx('Không có cảnh báo (no alerts)', 'No alerts')}</p>
        ) : (
          <ul>
            {view.alerts.map((alert) => (
              <li key={alert.id} className={`alert ${alert.severity}`}>
                {/* Inside the item, so the list stays a list to assistive technology. */}
                <div role="alert">
                  {/* Said in words as well as colour: a screen reader or a colour-blind eye gets it too. */}
                  <strong>{severityNames[alert.severity][language]}: </strong>
                  {language === 'en' ? (
                    alert.messageEn
                  ) : (
                    <>
                      {alert.message}
                      <small lang="en"> — {alert.messageEn}</small>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-label={tx('Các quầy', 'Counters')}>
        <h2>{tx('Các quầy', 'Counters')}</h2>
        <table aria-label={tx('Trạng thái quầy', 'Counter status')}>
          <thead>
            <tr>
              <th scope="col">{tx('Quầy', 'Counter')}</th>
              <th scope="col">{tx('Trạng thái', 'Status')}</th>
              <th scope="col">{tx('Cán bộ', 'Officer')}</th>
              <th scope="col">{tx('Số đang phục vụ', 'Current ticket')}</th>
              <th scope="col">{tx('Thời gian (phút:giây)', 'Time (min:sec)')}</th>
              {canRelease && <th scope="col">{tx('Thao tác', 'Action')}</th>}
            </tr>
          </thead>
          <tbody>
            {view.counters.map((counter) => (
              <tr key={counter.counterId}>
                <th scope="row">{counter.name}</th>
                <td>
                  {counterStates[counter.state][language]}
                  {counter.reason ? ` (${pauseReasonText(counter.reason, language)})` : ''}
                </td>
                <td>{counter.officerName ?? '—'}</td>
                <td>
                  {counter.current
                    ? `${counter.current.number} · ${ticketStates[counter.current.state]?.[language] ?? counter.current.state}`
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
                        aria-label={tx(`Giải phóng ${counter.name}`, `Release ${counter.name}`)}
                        onClick={() => release.ask(counter.counterId)}
                      >
                        {tx('Giải phóng quầy', 'Release counter')}
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
          <p role={release.outcome.refused ? 'alert' : 'status'}>
            {releaseOutcomeText(release.outcome, language)}
          </p>
        )}
        {asked && stillHeld && (
          <ConfirmQuestionDialog
            id="release-counter"
            question={releaseQuestion(asked, language)}
            confirmLabel={tx('Giải phóng quầy', 'Release counter')}
            busy={release.busy}
            onConfirm={() => void release.confirm(asked)}
            onCancel={cancel}
          />
        )}
      </section>

      <section aria-label={tx('Hàng chờ', 'Queues')}>
        <h2>
          {tx(
            `Hàng chờ theo dịch vụ (ngưỡng cảnh báo ${view.waitAlertMinutes} phút)`,
            `Queues by service (alert after ${view.waitAlertMinutes} min)`,
          )}
        </h2>
        <table aria-label={tx('Hàng chờ theo dịch vụ', 'Queues by service')}>
          <thead>
            <tr>
              <th scope="col">{tx('Dịch vụ', 'Service')}</th>
              <th scope="col">{tx('Đang chờ', 'Waiting')}</th>
              <th scope="col">{tx('Chờ lâu nhất (phút:giây)', 'Longest wait (min:sec)')}</th>
            </tr>
          </thead>
          <tbody>
            {view.services.map((service) => (
              <tr key={service.serviceId}>
                <th scope="row">{serviceName(service.serviceId, service.name)}</th>
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

      <section aria-label={tx('Thiết bị', 'Devices')}>
        <h2>{tx('Thiết bị', 'Devices')}</h2>
        <table aria-label={tx('Tình trạng thiết bị', 'Device status')}>
          <thead>
            <tr>
              <th scope="col">{tx('Thiết bị', 'Device')}</th>
              <th scope="col">{tx('Tên', 'Name')}</th>
              <th scope="col">{tx('Loại', 'Kind')}</th>
              <th scope="col">{tx('Kết nối', 'Connection')}</th>
              <th scope="col">{tx('Lỗi', 'Faults')}</th>
              <th scope="col">{tx('Lần cuối', 'Last seen')}</th>
            </tr>
          </thead>
          <tbody>
            {view.devices.map((device) => (
              // By kind too: a counter PC and the rating page in its shell share a device id.
              <tr key={`${device.kind}:${device.id}`} className={deviceRowClass(device)}>
                <th scope="row">{device.id}</th>
                <td>{device.ownerName ?? '—'}</td>
                <td>{floorDeviceKindNames[device.kind][language]}</td>
                <td>
                  {device.online
                    ? tx('Trực tuyến', 'Online')
                    : isOff(device)
                      ? tx('Tắt', 'Off')
                      : device.offlineSince
                        ? tx(
                            `Ngoại tuyến từ ${dayTime(device.offlineSince, view, language)}`,
                            `Offline since ${dayTime(device.offlineSince, view, language)}`,
                          )
                        : tx('Ngoại tuyến', 'Offline')}
                </td>
                <td>
                  {device.faults.length > 0 && !isOff(device)
                    ? device.faults
                        .map((fault) => faultNames[fault]?.[language] ?? fault)
                        .join(', ')
                    : '—'}
                </td>
                <td>{dayTime(device.lastSeen, view, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
};
