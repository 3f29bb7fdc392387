import { assertNever } from '@openops/protocol';
import type { ConfigProblem } from '../shell-config';
import type { PairingView } from '../pairing';
import type { ShellApp } from '../shell-options';
import type { Bilingual, Presentation, PresentedField } from '../../renderer/local-bridge';

/** The state of the shell's own screen, before (or instead of) the app. */
export type LocalView =
  | {
      kind: 'setup';
      app: ShellApp;
      serverUrl: string;
      deviceId: string;
      deviceName: string;
      pinRequired: boolean;
      /** Device kinds this app drives, each asked for as a device URI. */
      hardware: ReadonlyArray<'printer' | 'scanner' | 'keypad'>;
      devices: Partial<Record<'printer' | 'scanner' | 'keypad', string>>;
      error?: string;
    }
  | {
      kind: 'pairing';
      /** Pairing runs twice on a PC with hardware: the app, then its hardware agent. */
      step: 'app' | 'agent';
      pairing: PairingView;
      serverUrl: string;
      deviceId: string;
      deviceName: string;
    }
  | { kind: 'config-broken'; file: string; problems: ConfigProblem[] }
  | { kind: 'offline'; serverUrl: string; reason: string }
  | {
      kind: 'admin-pin';
      failure?:
        { reason: 'wrong-pin'; attemptsLeft: number } | { reason: 'locked'; retryAt: string };
    };

const appNames: Record<ShellApp, Bilingual> = {
  kiosk: { vi: 'Ki-ốt lấy số', en: 'Ticket kiosk' },
  counter: { vi: 'Máy quầy', en: 'Counter PC' },
  display: { vi: 'Màn hình phòng chờ', en: 'Waiting-area display' },
};

const hardwareLabels: Record<'printer' | 'scanner' | 'keypad', Bilingual> = {
  printer: {
    vi: 'Máy in (bỏ trống nếu không có), ví dụ tcp://192.168.1.50:9100 hoặc serial:/dev/ttyUSB0',
    en: 'Printer (blank if none), e.g. tcp://192.168.1.50:9100 or serial:/dev/ttyUSB0',
  },
  scanner: {
    vi: 'Đầu đọc mã (bỏ trống nếu không có), ví dụ serial:/dev/ttyACM0',
    en: 'Scanner (blank if none), e.g. serial:/dev/ttyACM0',
  },
  keypad: {
    vi: 'Bàn phím đánh giá (bỏ trống nếu không có), ví dụ serial:/dev/ttyUSB1',
    en: 'Rating keypad (blank if none), e.g. serial:/dev/ttyUSB1',
  },
};

const seconds = (ms: number): number => Math.max(1, Math.round(ms / 1000));

/** A time of day in the centre's zone (default Asia/Ho_Chi_Minh), not the PC's. */
const hourMinute = (iso: string, timeZone = 'Asia/Ho_Chi_Minh'): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(date);
};

const presentPairing = (view: Extract<LocalView, { kind: 'pairing' }>): Presentation => {
  const identity: Bilingual =
    view.step === 'app'
      ? {
          vi: `Thiết bị "${view.deviceName}" (${view.deviceId}) — máy chủ ${view.serverUrl}`,
          en: `Device "${view.deviceName}" (${view.deviceId}) — server ${view.serverUrl}`,
        }
      : {
          vi: `Bước 2: thiết bị ngoại vi (máy in, đầu đọc) "${view.deviceName}" (${view.deviceId}) — máy chủ ${view.serverUrl}`,
          en: `Step 2: hardware (printer, scanner) "${view.deviceName}" (${view.deviceId}) — server ${view.serverUrl}`,
        };
  const pairing = view.pairing;
  switch (pairing.kind) {
    case 'requesting':
      return {
        title: { vi: 'Đang gửi yêu cầu ghép nối…', en: 'Requesting pairing…' },
        paragraphs: [identity],
        actions: [],
        busy: true,
        tone: 'normal',
      };
    case 'pending':
      return {
        title: { vi: 'Chờ quản trị viên phê duyệt', en: 'Waiting for an administrator to approve' },
        paragraphs: [
          {
            vi: 'Mã ghép nối dưới đây phải khớp với mã hiện trên trang quản trị. Quản trị viên phê duyệt xong, ứng dụng sẽ tự mở.',
            en: 'The pairing code below must match the one on the admin page. Once approved, the app opens by itself.',
          },
          identity,
        ],
        code: pairing.pairingCode,
        actions: [],
        busy: true,
        tone: 'normal',
      };
    case 'unreachable':
      return {
        title: { vi: 'Không kết nối được máy chủ', en: 'Cannot reach the server' },
        paragraphs: [
          {
            vi: `Sẽ thử lại sau ${seconds(pairing.retryInMs)} giây. Kiểm tra cáp mạng và địa chỉ máy chủ.`,
            en: `Retrying in ${seconds(pairing.retryInMs)} s. Check the network cable and the server address.`,
          },
          identity,
        ],
        details: [pairing.message],
        actions: [],
        busy: true,
        tone: 'error',
      };
    case 'rejected':
      return {
        title: { vi: 'Yêu cầu ghép nối bị từ chối', en: 'Pairing was rejected' },
        paragraphs: [
          {
            vi: `Quản trị viên đã từ chối mã ${pairing.pairingCode}. Liên hệ quản trị viên rồi gửi lại.`,
            en: `An administrator rejected code ${pairing.pairingCode}. Contact them, then ask again.`,
          },
          identity,
        ],
        actions: [{ label: { vi: 'Gửi lại yêu cầu', en: 'Ask again' }, channel: 'setup:retry' }],
        busy: false,
        tone: 'error',
      };
    case 'refused':
      return {
        title: { vi: 'Máy chủ không nhận yêu cầu', en: 'The server refused the request' },
        paragraphs: [identity],
        details: [`${pairing.error.code}: ${pairing.error.message}`],
        actions: [{ label: { vi: 'Thử lại', en: 'Try again' }, channel: 'setup:retry' }],
        busy: false,
        tone: 'error',
      };
    default:
      return assertNever(pairing);
  }
};

/** Turns the shell's state into what its local page shows, in Vietnamese and English. */
export const presentView = (view: LocalView): Presentation => {
  switch (view.kind) {
    case 'setup': {
      const fields: PresentedField[] = [
        {
          name: 'serverUrl',
          label: {
            vi: 'Địa chỉ máy chủ (ví dụ 192.168.1.10:8080)',
            en: 'Server address (e.g. 192.168.1.10:8080)',
          },
          value: view.serverUrl,
          kind: 'text',
          required: true,
        },
        {
          name: 'deviceName',
          label: {
            vi: 'Tên thiết bị (hiện cho quản trị viên)',
            en: 'Device name (shown to the administrator)',
          },
          value: view.deviceName,
          kind: 'text',
          required: true,
        },
      ];
      if (view.pinRequired) {
        fields.push({
          name: 'adminPin',
          label: {
            vi: 'Mã PIN quản trị để thoát chế độ ki-ốt (4–12 chữ số)',
            en: 'Admin PIN to leave kiosk mode (4–12 digits)',
          },
          value: '',
          kind: 'pin',
          required: true,
        });
      }
      for (const kind of view.hardware) {
        fields.push({
          name: kind,
          label: hardwareLabels[kind],
          value: view.devices[kind] ?? '',
          kind: 'text',
          required: false,
        });
      }
      return {
        title: {
          vi: `Cài đặt lần đầu: ${appNames[view.app].vi}`,
          en: `First-run setup: ${appNames[view.app].en}`,
        },
        paragraphs: [
          {
            vi: `Mã thiết bị: ${view.deviceId}. Nhập địa chỉ máy chủ của trung tâm rồi gửi yêu cầu ghép nối.`,
            en: `Device id: ${view.deviceId}. Enter the centre server's address, then request pairing.`,
          },
        ],
        details: view.error ? [view.error] : [],
        form: {
          fields,
          submit: { vi: 'Gửi yêu cầu ghép nối', en: 'Request pairing' },
          channel: 'setup:submit',
        },
        actions: [],
        busy: false,
        tone: view.error ? 'error' : 'normal',
      };
    }
    case 'pairing':
      return presentPairing(view);
    case 'config-broken':
      return {
        title: { vi: 'Tệp cấu hình bị lỗi', en: 'The configuration file is broken' },
        paragraphs: [
          {
            vi: `Sửa hoặc xoá tệp ${view.file} rồi khởi động lại ứng dụng. Xoá tệp sẽ phải cài đặt và ghép nối lại.`,
            en: `Fix or delete ${view.file}, then restart the app. Deleting it means setting up and pairing again.`,
          },
        ],
        details: view.problems.map((problem) => `${problem.path}: ${problem.message}`),
        actions: [],
        busy: false,
        tone: 'error',
      };
    case 'offline':
      return {
        title: { vi: 'Mất kết nối máy chủ', en: 'Server connection lost' },
        paragraphs: [
          {
            vi: `Đang chờ máy chủ ${view.serverUrl}. Ứng dụng sẽ tự mở lại khi có kết nối.`,
            en: `Waiting for ${view.serverUrl}. The app reopens by itself once it is back.`,
          },
        ],
        details: [view.reason],
        actions: [],
        busy: true,
        tone: 'error',
      };
    case 'admin-pin': {
      const failure = view.failure;
      const details =
        failure === undefined
          ? []
          : failure.reason === 'wrong-pin'
            ? [
                `Sai mã PIN, còn ${failure.attemptsLeft} lần thử (wrong PIN, ${failure.attemptsLeft} attempts left)`,
              ]
            : [
                `Tạm khoá đến ${hourMinute(failure.retryAt)} (locked until ${hourMinute(failure.retryAt)})`,
              ];
      return {
        title: { vi: 'Thoát chế độ ki-ốt', en: 'Leave kiosk mode' },
        paragraphs: [{ vi: 'Nhập mã PIN quản trị.', en: 'Enter the admin PIN.' }],
        details,
        form: {
          fields: [
            {
              name: 'pin',
              label: { vi: 'Mã PIN', en: 'PIN' },
              value: '',
              kind: 'pin',
              required: true,
            },
          ],
          submit: { vi: 'Thoát', en: 'Exit' },
          channel: 'admin:pin',
        },
        actions: [{ label: { vi: 'Huỷ', en: 'Cancel' }, channel: 'admin:cancel' }],
        busy: false,
        tone: failure ? 'error' : 'normal',
      };
    }
    default:
      return assertNever(view);
  }
};
