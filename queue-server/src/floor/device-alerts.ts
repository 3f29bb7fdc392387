import {
  floorDeviceKindNames,
  isBlockingFault,
  type Counter,
  type FloorAlert,
  type FloorDevice,
} from '@openops/protocol';

export type Names = { vi: string; en: string };

/**
 * How long a kiosk, display or counter PC the centre needs must stay unreachable before the
 * floor raises an alert: a server restart or a few seconds of lost Wi-Fi are not worth a red
 * line. Default 30 s.
 */
export const deviceOfflineAlertSeconds = 30;

const secondsBetween = (from: string, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - new Date(from).getTime()) / 1000));

const faultNames: Record<string, Names> = {
  'paper-out': { vi: 'hết giấy', en: 'paper out' },
  'paper-near-end': { vi: 'sắp hết giấy', en: 'paper near end' },
  'cover-open': { vi: 'mở nắp', en: 'cover open' },
  offline: { vi: 'mất kết nối', en: 'offline' },
  unplugged: { vi: 'bị rút cáp', en: 'unplugged' },
};

/** "Sảnh chờ tầng 1 (display-1)" when the device has a configured name, else its id. */
const ownerLabel = (device: FloorDevice): string =>
  device.ownerName ? `${device.ownerName} (${device.ownerId})` : device.ownerId;

/**
 * How an alert names a device: its kind and owner ("Máy in Kiosk sảnh tầng 1 (kiosk-1)"), or
 * for a rating screen the name derived from its counter, which already says what it is.
 */
const deviceLabel = (device: FloorDevice, derived: ReadonlyMap<string, Names>): Names => {
  const name = device.kind === 'rating-screen' ? derived.get(device.id) : undefined;
  if (name) return { vi: `${name.vi} (${device.id})`, en: `${name.en} (${device.id})` };
  const kind = floorDeviceKindNames[device.kind];
  return { vi: `${kind.vi} ${ownerLabel(device)}`, en: `${kind.en} ${ownerLabel(device)}` };
};

/**
 * "Quầy 3 vẫn mở ngoài giờ làm việc; máy quầy mất kết nối (counter-pc-3)": the officer went home
 * without closing the counter and switched the PC off, which is worth a word, not a red line.
 */
const leftOpenMessage = (device: FloorDevice, counters: readonly Counter[]): Names => {
  const what =
    device.kind === 'rating-screen'
      ? { vi: 'màn hình đánh giá', en: 'its rating screen' }
      : { vi: 'máy quầy', en: 'its counter PC' };
  const several = counters.length > 1;
  const numbers = counters.map((counter) => counter.number).join(', ');
  return {
    vi: `${counters.map((counter) => counter.name).join(', ')} vẫn mở ngoài giờ làm việc; ${what.vi} mất kết nối (${device.id})`,
    en: `${several ? 'Counters' : 'Counter'} ${numbers} ${several ? 'are' : 'is'} still open outside working hours; ${what.en} is offline (${device.id})`,
  };
};

export type DeviceAlertInputs = {
  now: Date;
  devices: readonly FloorDevice[];
  /** Rating screens' names, by device id. */
  derived: ReadonlyMap<string, Names>;
  /**
   * By `<kind>:<id>`: the counters a device (or its owner, for hardware) is needed for only
   * because they were left open outside working time; its faults are then warnings.
   */
  leftOpen: ReadonlyMap<string, readonly Counter[]>;
};

/**
 * Alerts for devices the centre needs: hardware faults (critical when blocking), and a kiosk,
 * display, counter PC or rating screen unreachable for `deviceOfflineAlertSeconds`. Outside
 * working time, what serves only a counter left open raises warnings.
 */
export const deviceAlerts = ({
  now,
  devices,
  derived,
  leftOpen,
}: DeviceAlertInputs): FloorAlert[] =>
  devices.flatMap((device): FloorAlert[] => {
    // Switched off when nobody needs it (a closed counter, the centre after hours): no alert,
    // the device table says "Tắt".
    if (!device.online && !device.needed) return [];
    const label = deviceLabel(device, derived);
    const afterHours = leftOpen.get(`${device.kind}:${device.id}`) ?? [];
    if (device.faults.length > 0) {
      const blocking = device.faults.some(isBlockingFault) && afterHours.length === 0;
      const vi = device.faults.map((fault) => faultNames[fault]?.vi ?? fault).join(', ');
      const en = device.faults.map((fault) => faultNames[fault]?.en ?? fault).join(', ');
      return [
        {
          id: `device-fault:${device.id}:${device.faults.join(',')}`,
          kind: 'device-fault',
          severity: blocking ? 'critical' : 'warning',
          message: `${label.vi}: ${vi}`,
          messageEn: `${label.en}: ${en}`,
          since: device.lastSeen ?? now.toISOString(),
        },
      ];
    }
    // A kiosk or display never seen is not an alert: it may simply be off.
    if (
      device.online ||
      device.offlineSince === null ||
      secondsBetween(device.offlineSince, now) < deviceOfflineAlertSeconds
    ) {
      return [];
    }
    const message =
      afterHours.length > 0
        ? leftOpenMessage(device, afterHours)
        : { vi: `${label.vi}: mất kết nối`, en: `${label.en}: offline` };
    return [
      {
        // By kind too: a counter PC and the rating page in its shell share a device id.
        id: `device-offline:${device.kind}:${device.id}`,
        kind: 'device-offline',
        severity: afterHours.length > 0 ? 'warning' : 'critical',
        message: message.vi,
        messageEn: message.en,
        since: device.offlineSince,
      },
    ];
  });
