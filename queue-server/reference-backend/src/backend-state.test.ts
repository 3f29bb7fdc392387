import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackendState } from './backend-state';
import { openJournal, type Journal } from './journal';

const folders: string[] = [];
const journals: Journal[] = [];
afterEach(() => {
  journals.splice(0).forEach((journal) => journal.close());
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});

const openState = (folder?: string) => {
  const dataDir = folder ?? mkdtempSync(path.join(tmpdir(), 'openops-backend-'));
  if (!folder) folders.push(dataDir);
  const journal = openJournal(path.join(dataDir, 'journal.jsonl'), { fsync: false });
  journals.push(journal);
  return { dataDir, state: createBackendState(journal) };
};

const code = '000.00.06.H56-261126-0001';
const dossier = {
  MaHoSo: code,
  MaCoQuan: '000.00.06.H56',
  MaTTHC: '1.000894',
  TenTTHC: 'Đăng ký kết hôn',
  MaLinhVuc: 'ho-tich',
  ChuHoSo: 'Nguyễn Thị Hồng Nhung',
  LoaiDoiTuong: 1,
  SoGiayToChuHoSo: '********1234',
  SoDienThoai: null,
  DiaChi: null,
  NgayTiepNhan: '20261126093000',
  NgayHenTra: '20261201170000',
  TrangThaiHoSo: 2,
  KenhThucHien: 1,
  TaiLieuNop: [],
  DanhSachLePhi: [],
  CanBoTiepNhan: 'Trần Văn Bình',
  MaQuay: 'quay-1',
  ThuTu: 1,
};
const change = (position: number, status: number) => ({
  MaHoSo: code,
  TrangThaiHoSo: status,
  ThoiGianCapNhat: '20261126100000',
  ThuTu: position,
  NgayTra: null,
  NoiDungBoSung: null,
  GhiChu: null,
  NguoiCapNhat: null,
});

describe('reference backend model', () => {
  it('applies a key once, answering repeats as duplicates, and counts them', () => {
    const { state } = openState();
    expect(state.apply('dossier', 'k1', dossier)).toMatchObject({
      status: 200,
      body: { data: { duplicate: false } },
    });
    expect(state.apply('dossier', 'k1', dossier)).toMatchObject({
      status: 200,
      body: { data: { duplicate: true } },
    });
    expect(state.stats()).toMatchObject({
      stored: { dossier: 1 },
      duplicateRequests: 1,
      duplicateRecords: 0,
    });
  });

  it('counts the same record under another key as a duplicate record and refuses it', () => {
    const { state } = openState();
    state.apply('dossier', 'k1', dossier);
    expect(state.apply('dossier', 'k2', dossier)).toMatchObject({
      status: 409,
      body: { error: { code: 'conflict' } },
    });
    expect(state.stats().duplicateRecords).toBe(1);
  });

  it('applies status changes in order only', () => {
    const { state } = openState();
    expect(state.apply('dossier-status', 's2', change(2, 5), code)).toMatchObject({
      status: 409,
      body: { error: { code: 'out-of-order' } },
    });
    state.apply('dossier', 'k1', dossier);
    expect(state.apply('dossier-status', 's3', change(3, 9), code).status).toBe(409);
    expect(state.apply('dossier-status', 's2', change(2, 5), code).status).toBe(200);
    expect(state.apply('dossier-status', 's3', change(3, 9), code).status).toBe(200);
    expect(state.statusOf(code)).toMatchObject({ TrangThaiHoSo: 9 });
    expect(state.stats().outOfOrder).toBe(2);
  });

  it('refuses malformed records with the bad paths named, and needs a key', () => {
    const { state } = openState();
    expect(state.apply('dossier', 'k1', { ...dossier, NgayTiepNhan: '2026-11-26' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad-request', issues: [{ path: 'NgayTiepNhan' }] } },
    });
    expect(state.apply('dossier', null, dossier).status).toBe(400);
  });

  it('stores a per-page fee line that multiplies out, and refuses one that does not', () => {
    const { state } = openState();
    const line = {
      TenLePhi: 'Phí chứng thực bản sao (mỗi trang)',
      MucLePhi: 20000,
      DonGia: 2000,
      SoLuong: 10,
      DonViTinh: 'trang',
    };
    expect(
      state.apply('dossier', 'k1', { ...dossier, DanhSachLePhi: [line], TongLePhi: 20000 }),
    ).toMatchObject({ status: 200 });
    expect(
      state.apply('dossier', 'k2', {
        ...dossier,
        MaHoSo: '000.00.06.H56-261126-0002',
        DanhSachLePhi: [{ ...line, MucLePhi: 2000 }],
      }),
    ).toMatchObject({
      status: 400,
      body: { error: { code: 'bad-request', issues: [{ path: 'DanhSachLePhi.0.MucLePhi' }] } },
    });
  });

  it('keeps a department decision across a restart, without counting it as a record', () => {
    const first = openState();
    first.state.apply('dossier', 'k1', dossier);
    expect(first.state.setStatus(code, 9)).toBe(true);
    expect(first.state.setStatus('000.00.06.H56-261126-9999', 9)).toBe(false);
    journals.splice(0).forEach((journal) => journal.close());
    const second = openState(first.dataDir);
    expect(second.state.statusOf(code)).toMatchObject({ TrangThaiHoSo: 9 });
    expect(second.state.stats().stored).toEqual({ dossier: 1 });
    expect(second.state.records().map((record) => record.kind)).toEqual(['dossier']);
    // The centre's next change still follows the dossier's own history.
    expect(second.state.apply('dossier-status', 's2', change(2, 10), code).status).toBe(200);
    expect(second.state.statusOf(code)).toMatchObject({ TrangThaiHoSo: 10 });
  });

  it('keeps what it acknowledged across a restart, Vietnamese text intact', () => {
    const first = openState();
    first.state.apply('dossier', 'k1', dossier);
    journals.splice(0).forEach((journal) => journal.close());
    const second = openState(first.dataDir);
    expect(second.state.apply('dossier', 'k1', dossier).body).toMatchObject({
      data: { duplicate: true },
    });
    expect(second.state.records('dossier')[0]?.body).toMatchObject({
      ChuHoSo: 'Nguyễn Thị Hồng Nhung',
    });
  });
});
