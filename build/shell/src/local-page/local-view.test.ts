import { describe, expect, it } from 'vitest';
import { presentView, type LocalView } from './local-view';

const identity = {
  step: 'app' as const,
  serverUrl: 'http://192.168.1.10:8080',
  deviceId: 'kiosk-hall-1',
  deviceName: 'Kiosk sảnh',
};

const every: LocalView[] = [
  {
    kind: 'setup',
    app: 'kiosk',
    serverUrl: '',
    deviceId: 'kiosk-pc',
    deviceName: 'Kiosk',
    pinRequired: true,
    hardware: ['printer', 'scanner'],
    devices: { printer: 'tcp://10.0.0.9:9100' },
  },
  { kind: 'pairing', pairing: { kind: 'requesting' }, ...identity },
  {
    kind: 'pairing',
    pairing: { kind: 'pending', requestId: 'r', pairingCode: '482913' },
    ...identity,
  },
  {
    kind: 'pairing',
    pairing: { kind: 'unreachable', message: 'ECONNREFUSED', retryInMs: 4000 },
    ...identity,
  },
  { kind: 'pairing', pairing: { kind: 'rejected', pairingCode: '482913' }, ...identity },
  {
    kind: 'pairing',
    pairing: { kind: 'refused', error: { code: 'conflict', message: 'trùng' } },
    ...identity,
  },
  {
    kind: 'config-broken',
    file: '/home/k/.config/OpenOPS Kiosk/openops-shell.json',
    problems: [{ path: 'serverUrl', message: 'x' }],
  },
  { kind: 'offline', serverUrl: 'http://s:8080', reason: 'ERR_CONNECTION_REFUSED (-102)' },
  { kind: 'admin-pin' },
  { kind: 'admin-pin', failure: { reason: 'locked', retryAt: '2026-11-26T03:05:00Z' } },
];

describe('presentView', () => {
  it('says everything in Vietnamese with its tone marks, then in English', () => {
    for (const view of every) {
      const presentation = presentView(view);
      for (const text of [presentation.title, ...presentation.paragraphs]) {
        expect(text.vi.length, JSON.stringify(view)).toBeGreaterThan(0);
        expect(text.en.length, JSON.stringify(view)).toBeGreaterThan(0);
        expect(text.vi).not.toBe(text.en);
      }
    }
    expect(presentView(every[0] as LocalView).title.vi).toBe('Cài đặt lần đầu: Ki-ốt lấy số');
  });

  it('shows the pairing code large, with who and where', () => {
    const presentation = presentView(every[2] as LocalView);
    expect(presentation.code).toBe('482913');
    expect(presentation.title).toEqual({
      vi: 'Chờ quản trị viên phê duyệt',
      en: 'Waiting for an administrator to approve',
    });
    expect(presentation.paragraphs[1]?.vi).toContain('Kiosk sảnh');
    expect(presentation.paragraphs[1]?.vi).toContain('http://192.168.1.10:8080');
  });

  it('asks for the PIN where kiosk mode needs it, and for the hardware the app drives', () => {
    const fields = (view: LocalView) =>
      presentView(view).form?.fields.map((field) => [field.name, field.kind]);
    expect(fields(every[0] as LocalView)).toEqual([
      ['serverUrl', 'text'],
      ['deviceName', 'text'],
      ['adminPin', 'pin'],
      ['printer', 'text'],
      ['scanner', 'text'],
    ]);
    const counter = {
      ...(every[0] as Extract<LocalView, { kind: 'setup' }>),
      pinRequired: false,
      hardware: [],
    };
    expect(fields(counter)).toEqual([
      ['serverUrl', 'text'],
      ['deviceName', 'text'],
    ]);
    const printer = presentView(every[0] as LocalView).form?.fields.find(
      (field) => field.name === 'printer',
    );
    expect(printer).toMatchObject({ value: 'tcp://10.0.0.9:9100', required: false });
  });

  it('says which of the two pairings is running', () => {
    const pending = every[2] as Extract<LocalView, { kind: 'pairing' }>;
    const agent = presentView({ ...pending, step: 'agent' });
    expect(agent.paragraphs[1]?.vi).toMatch(/^Bước 2: thiết bị ngoại vi/);
    expect(agent.paragraphs[1]?.en).toMatch(/^Step 2: hardware/);
  });

  it('offers a retry after a rejection, and the lockout time in the centre zone', () => {
    expect(presentView(every[4] as LocalView).actions.map((action) => action.channel)).toEqual([
      'setup:retry',
    ]);
    expect(presentView(every[3] as LocalView).paragraphs[0]?.vi).toContain('4 giây');
    // 03:05 UTC is 10:05 in Hà Nội
    expect(presentView(every[9] as LocalView).details).toEqual([
      'Tạm khoá đến 10:05 (locked until 10:05)',
    ]);
  });

  it('says which of the two pairings is running', () => {
    const agent = presentView({
      ...(every[2] as Extract<LocalView, { kind: 'pairing' }>),
      step: 'agent',
    });
    expect(agent.paragraphs[1]?.vi).toMatch(/^Bước 2: thiết bị ngoại vi/);
    expect(agent.paragraphs[1]?.en).toMatch(/^Step 2: hardware/);
  });

  it('names the broken file and each problem', () => {
    const presentation = presentView(every[6] as LocalView);
    expect(presentation.tone).toBe('error');
    expect(presentation.paragraphs[0]?.en).toContain('openops-shell.json');
    expect(presentation.details).toEqual(['serverUrl: x']);
  });
});
