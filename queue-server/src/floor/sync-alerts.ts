import type { FloorAlert, SyncStatus } from '@openops/protocol';

/**
 * Records still unsent after this long raise an alert: a short outage of the link to OpenOPS is
 * retried quietly, a long one makes dossiers late on the national portal. Default 15 min,
 * critical after an hour.
 */
export const syncLateAlertMinutes = 15;
const syncLateCriticalMinutes = 60;

/**
 * One reading of the sync status for the floor, with the times its alerts date from. The times
 * stay the same from one reading to the next while the condition lasts, so an unchanged floor
 * is not pushed again.
 */
export type SyncReading = {
  status: SyncStatus;
  /** When the oldest unsent record was queued, to the minute; null when none waits. */
  oldestPendingSince: string | null;
  /** When records were first seen parked; null when none is. */
  parkedSince: string | null;
};

/** The floor's alerts about sync: records unsent for long, and records the backend refused. */
export const syncAlerts = (reading: SyncReading | null): FloorAlert[] => {
  if (!reading?.status.enabled) return [];
  const { status } = reading;
  const alerts: FloorAlert[] = [];
  const waitedMinutes = Math.floor((status.oldestPendingSeconds ?? 0) / 60);
  if (status.pending > 0 && waitedMinutes >= syncLateAlertMinutes && reading.oldestPendingSince) {
    const error = status.lastError ? ` (lỗi: ${status.lastError})` : '';
    const errorEn = status.lastError ? ` (error: ${status.lastError})` : '';
    alerts.push({
      id: 'sync-late',
      kind: 'sync-late',
      severity: waitedMinutes >= syncLateCriticalMinutes ? 'critical' : 'warning',
      message: `Đồng bộ OpenOPS: ${status.pending} bản ghi chưa gửi được, cũ nhất đã chờ ${waitedMinutes} phút${error}`,
      messageEn: `OpenOPS sync: ${status.pending} records unsent, the oldest for ${waitedMinutes} min${errorEn}`,
      since: reading.oldestPendingSince,
    });
  }
  if (status.parked > 0 && reading.parkedSince) {
    alerts.push({
      id: 'sync-parked',
      kind: 'sync-parked',
      severity: 'warning',
      message: `Đồng bộ OpenOPS: ${status.parked} bản ghi bị từ chối, xem lý do ở mục Đồng bộ OpenOPS`,
      messageEn: `OpenOPS sync: ${status.parked} records refused; see their reasons under OpenOPS sync`,
      since: reading.parkedSince,
    });
  }
  return alerts;
};

/**
 * The reading of `status` taken at `at`, keeping the previous reading's parked-since time
 * while records stay parked.
 */
export const readSync = (
  status: SyncStatus,
  at: Date,
  previous: SyncReading | null,
): SyncReading => {
  const oldest =
    status.oldestPendingSeconds === null
      ? null
      : Math.floor((at.getTime() - status.oldestPendingSeconds * 1000) / 60_000) * 60_000;
  return {
    status,
    oldestPendingSince: oldest === null ? null : new Date(oldest).toISOString(),
    parkedSince: status.parked > 0 ? (previous?.parkedSince ?? at.toISOString()) : null,
  };
};
