import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiveDossierBody } from '@openops/protocol';
import { createOutboxStore } from '../sync/outbox-store';
import { dossierTestCentres } from './dossier-test-centres';

// Thursday 26 November 2026, 09:30 in Hanoi.
let now = new Date('2026-11-26T02:30:00.000Z');
const clock = (): Date => now;
const centres = dossierTestCentres(clock);
afterEach(centres.closeAll);

const open = async (folder?: string) => {
  const { dataDir, database, area } = await centres.open(folder);
  return { dataDir, database, area, outbox: createOutboxStore(database) };
};

const marriage: ReceiveDossierBody = {
  procedureId: 'dang-ky-ket-hon',
  applicant: { name: 'Nguyễn Thị Hồng Nhung', idNumber: '079203001234', phone: '0912345678' },
  documents: [
    { documentId: 'to-khai', form: 'original', quantity: 1 },
    { documentId: 'xac-nhan-hon-nhan', form: 'original', quantity: 1 },
  ],
  counterId: 'quay-1',
  officerName: 'Trần Văn Bình',
  notifyBySms: false,
};

describe('dossier reception', () => {
  it('assigns codes per agency and day that keep increasing across restarts', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const first = await open();
    const probe = first.area.dossiers.receive(marriage, 'counter-pc-1');
    if (!probe.ok) throw new Error(JSON.stringify(probe.error));
    const codes = [probe.data.code];
    codes.push(first.area.dossiers.receive(marriage, null).ok ? 'ok' : 'refused');
    first.database.close();
    const second = await open(first.dataDir);
    const third = second.area.dossiers.receive(marriage, null);
    expect(codes[0]).toBe('000.00.06.H56-261126-0001');
    expect(third.ok && third.data.code).toBe('000.00.06.H56-261126-0003');
    now = new Date('2026-11-26T17:30:00.000Z'); // 00:30 on the 27th in Hanoi
    const nextDay = second.area.dossiers.receive(marriage, null);
    expect(nextDay.ok && nextDay.data.code).toBe('000.00.06.H56-261127-0001');
  });

  it('computes the return date on the working-day calendar and masks the ID', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const { area } = await open();
    const reply = area.dossiers.receive(marriage, null);
    expect(reply.ok && reply.data).toMatchObject({
      status: 2,
      channel: 1,
      returnDate: '2026-12-01', // 3 working days after Thursday: Fri, Mon, Tue
      applicant: { name: 'Nguyễn Thị Hồng Nhung', idMasked: '********1234' },
    });
    expect(JSON.stringify(reply)).not.toContain('079203001234');
  });

  it('stores a reception sent twice with one request id once, under one code', async () => {
    now = new Date('2026-11-26T02:30:00.000Z');
    const { area, outbox } = await open();
    const body = { ...marriage, requestId: 'f3b6c1de-8a34-4c2e-9d41-2b7e5a1c0f99' };
    const first = area.dossiers.receive(body, 'counter-pc-1');
    const again = area.dossiers.receive(body, 'counter-pc-1');
    const other = area.dossiers.receive(
      { ...marriage, requestId: '0c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' },
      'counter-pc-1',
    );
    if (!first.ok || !again.ok || !other.ok) throw new Error('a reception was refused');
    expect(again.data).toEqual(first.data);
    expect(other.data.code).not.toBe(first.data.code);
    expect(area.dossiers.alreadyReceived(body)?.code).toBe(first.data.code);
    // One record to sync per dossier stored, not per sending.
    expect(outbox.counts().pending).toBe(2);
  });

  it('refuses missing required documents and unknown ones, with coded errors', async () => {
    const { area } = await open();
    const missing = area.dossiers.receive(
      { ...marriage, documents: marriage.documents.slice(1) },
      null,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'missing-documents' } });
    const unknown = area.dossiers.receive(
      {
        ...marriage,
        documents: [...marriage.documents, { documentId: 'khong-co', form: 'copy', quantity: 1 }],
      },
      null,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(area.dossiers.receive({ ...marriage, procedureId: 'khong-co' }, null)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  /** A 10-page certification: the demo centre charges 2,000 đ a page. */
  const certification: ReceiveDossierBody = {
    procedureId: 'chung-thuc-ban-sao',
    applicant: { name: 'Lê Văn Cường' },
    documents: [
      { documentId: 'ban-chinh', form: 'original', quantity: 1 },
      { documentId: 'ban-sao', form: 'copy', quantity: 1 },
    ],
    feeQuantities: [{ name: 'Phí chứng thực bản sao (mỗi trang)', quantity: 10 }],
    counterId: 'quay-3',
    officerName: 'Trần Văn Bình',
    notifyBySms: false,
  };

  it('charges a per-page fee times the pages, stored, read back and queued for sync', async () => {
    const { area, outbox } = await open();
    const reply = area.dossiers.receive(certification, 'counter-pc-3');
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const line = {
      name: 'Phí chứng thực bản sao (mỗi trang)',
      amountVnd: 20000,
      per: 'page',
      unitPriceVnd: 2000,
      quantity: 10,
    };
    expect(reply.data).toMatchObject({ fees: [line], feesTotalVnd: 20000 });
    const stored = area.dossiers.get(reply.data.code);
    expect(stored.ok && stored.data).toMatchObject({ fees: [line], feesTotalVnd: 20000 });
    const [record] = outbox.due(Date.now(), 10);
    expect(record?.payload).toMatchObject({
      DanhSachLePhi: [
        {
          TenLePhi: 'Phí chứng thực bản sao (mỗi trang)',
          MucLePhi: 20000,
          DonGia: 2000,
          SoLuong: 10,
          DonViTinh: 'trang',
        },
      ],
      TongLePhi: 20000,
    });
    // A flat fee is charged once, as before.
    const flat = area.dossiers.receive(marriage, null);
    expect(flat.ok && flat.data).toMatchObject({
      fees: [{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 0 }],
      feesTotalVnd: 0,
    });
  });

  it('refuses a per-page fee with no page count instead of charging it once', async () => {
    const { area, outbox } = await open();
    const missing = area.dossiers.receive({ ...certification, feeQuantities: [] }, null);
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'missing-fee-quantity',
        issues: [
          {
            path: 'feeQuantities',
            message: 'thiếu số trang: Phí chứng thực bản sao (mỗi trang)',
          },
        ],
      },
    });
    const wrong = area.dossiers.receive(
      {
        ...certification,
        feeQuantities: [
          { name: 'Phí chứng thực bản sao (mỗi trang)', quantity: 10 },
          { name: 'Phí chứng thực bản sao (mỗi trang)', quantity: 3 },
          { name: 'Phí khác', quantity: 1 },
        ],
      },
      null,
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        // What is wrong is the pages or copies written for a fee, not "the number of fees".
        message: 'Số trang/số bản ghi cho lệ phí không hợp lệ (invalid fee quantities)',
        issues: [
          { path: 'feeQuantities.1.name', message: expect.stringContaining('hai lần') },
          { path: 'feeQuantities.2.name', message: expect.stringContaining('Phí khác') },
        ],
      },
    });
    // A quantity for a flat fee is a mistake too, not silently ignored.
    const flat = area.dossiers.receive(
      { ...marriage, feeQuantities: [{ name: 'Lệ phí đăng ký kết hôn', quantity: 2 }] },
      null,
    );
    expect(flat).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(outbox.counts().pending).toBe(0);
  });

  it('writes each status change as history and as an outbox record, in order', async () => {
    const { area, outbox } = await open();
    const received = area.dossiers.receive(marriage, null);
    if (!received.ok) throw new Error('not received');
    const code = received.data.code;
    expect(area.dossiers.markReturned(code, null)).toMatchObject({
      ok: false,
      error: { code: 'invalid-status-transition' },
    });
    expect(
      area.dossiers.requestSupplement(
        { code, items: ['Bản sao giấy xác nhận tình trạng hôn nhân'] },
        'counter-pc-1',
      ),
    ).toMatchObject({ ok: true, data: { status: 5 } });
    expect(area.dossiers.supplementReceived(code, null)).toMatchObject({
      ok: true,
      data: { status: 4 },
    });
    expect(area.dossiers.markProcessed(code, null)).toMatchObject({
      ok: true,
      data: { status: 9 },
    });
    expect(area.dossiers.markReturned(code, null)).toMatchObject({
      ok: true,
      data: { status: 10 },
    });
    const full = area.dossiers.get(code);
    expect(full.ok && full.data.history.map((entry) => entry.status)).toEqual([2, 5, 4, 9, 10]);
    expect(outbox.counts().pending).toBe(5);
    // Only the first record of the dossier is due: the rest wait behind it.
    const due = outbox.due(Date.now(), 100);
    expect(due.map((record) => [record.kind, record.idempotencyKey])).toEqual([
      ['dossier', `dossier:${code}:1`],
    ]);
  });

  it('queues a parked record behind nothing else of other dossiers', async () => {
    const { area, outbox } = await open();
    const first = area.dossiers.receive(marriage, null);
    const second = area.dossiers.receive(marriage, null);
    if (!first.ok || !second.ok) throw new Error('not received');
    area.dossiers.markProcessed(first.data.code, null);
    const [head] = outbox.due(Date.now(), 100);
    if (!head) throw new Error('nothing due');
    outbox.record(
      [
        {
          id: head.id,
          outcome: { kind: 'reject', reason: 'bad-request: test' },
          nextAttemptAt: 0,
        },
      ],
      now.toISOString(),
    );
    const due = outbox.due(Date.now(), 100).map((record) => record.orderKey);
    expect(due).toEqual([second.data.code]);
    expect(outbox.parked(10)).toMatchObject([
      { orderKey: first.data.code, reason: 'bad-request: test' },
    ]);
    expect(outbox.unpark(head.id)).toBe(true);
    expect(outbox.due(Date.now(), 100).map((record) => record.orderKey)).toEqual([
      first.data.code,
      second.data.code,
    ]);
  });
});
