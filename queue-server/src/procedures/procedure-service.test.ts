import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProceduresChangedEvent, UpdateProcedureBody } from '@openops/protocol';
import { openCentreConfig } from '../config/centre-config-store';
import { createProcedureService } from './procedure-service';

const folders: string[] = [];
afterEach(() =>
  folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })),
);

const openService = async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'openops-procedures-'));
  folders.push(folder);
  const file = path.join(folder, 'centre.json');
  const config = await openCentreConfig(file, { demo: true });
  const clock = () => new Date('2026-11-26T03:00:00.000Z');
  return { file, config, service: createProcedureService({ config, clock }) };
};

const marriageEdit: UpdateProcedureBody = {
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  nameEn: 'Marriage registration',
  serviceId: 'ho-tich',
  processingDays: 5,
  documents: [
    {
      id: 'to-khai',
      name: 'Tờ khai đăng ký kết hôn',
      form: 'original',
      quantity: 1,
      required: true,
    },
    { id: 'cccd', name: 'Căn cước công dân', form: 'copy', quantity: 2, required: true },
  ],
  fees: [{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 30000 }],
  whereToSubmit: 'Quầy 1, tầng 1',
};

describe('procedure service', () => {
  it('lists procedures, narrowed to one service on request', async () => {
    const { service } = await openService();
    expect(service.list().length).toBeGreaterThan(2);
    expect(service.list('chung-thuc').map((procedure) => procedure.id)).toEqual([
      'chung-thuc-ban-sao',
    ]);
  });

  it('writes an edit to the file, tells listeners, and keeps it after reopening', async () => {
    const { file, service } = await openService();
    const heard: ProceduresChangedEvent[] = [];
    service.subscribe((event) => heard.push(event));
    const reply = await service.update('dang-ky-ket-hon', marriageEdit, 'supervisor-1');
    expect(reply.ok).toBe(true);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.changedId).toBe('dang-ky-ket-hon');
    const edited = heard[0]?.procedures.find((procedure) => procedure.id === 'dang-ky-ket-hon');
    expect(edited?.documents.map((document) => document.name)).toContain('Căn cước công dân');
    expect(readFileSync(file, 'utf8')).toContain('Căn cước công dân');
    const reopened = await openCentreConfig(file, { demo: false });
    const saved = reopened.current().procedures.find((p) => p.id === 'dang-ky-ket-hon');
    expect(saved?.processingDays).toBe(5);
    expect(saved?.fees).toEqual([{ name: 'Lệ phí đăng ký kết hôn', amountVnd: 30000 }]);
  });

  it('refuses an unknown service, an unknown procedure and a mismatched id without writing', async () => {
    const { file, service } = await openService();
    const before = readFileSync(file, 'utf8');
    const badService = await service.update(
      'dang-ky-ket-hon',
      { ...marriageEdit, serviceId: 'khong-co' },
      'supervisor-1',
    );
    expect(!badService.ok && badService.error.issues?.[0]?.path).toBe('serviceId');
    const missing = await service.update('khong-co', marriageEdit, 'supervisor-1');
    expect(!missing.ok && missing.error.code).toBe('not-found');
    const mismatch = await service.update(
      'dang-ky-ket-hon',
      { ...marriageEdit, id: 'dang-ky-khai-sinh' },
      'supervisor-1',
    );
    expect(!mismatch.ok && mismatch.error.code).toBe('bad-request');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('applies concurrent edits one after the other', async () => {
    const { service } = await openService();
    const edits = [3, 4, 6].map((processingDays) =>
      service.update('dang-ky-ket-hon', { ...marriageEdit, processingDays }, 'supervisor-1'),
    );
    const replies = await Promise.all(edits);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const last = service.get('dang-ky-ket-hon');
    expect(last.ok && last.data.processingDays).toBe(6);
  });

  it('will not start from a centre.json whose procedure repeats a fee name, and says where', async () => {
    const { file, config } = await openService();
    const centre = config.current();
    const index = centre.procedures.findIndex((procedure) => procedure.id === 'dang-ky-ket-hon');
    // Written by hand, past the editor: a flat fee and a per-page fee of one name.
    const fees = [
      { name: 'Lệ phí', amountVnd: 30000 },
      { name: 'Lệ phí', amountVnd: 2000, per: 'page' },
    ];
    const procedures = centre.procedures.map((procedure, at) =>
      at === index ? { ...procedure, fees } : procedure,
    );
    writeFileSync(file, JSON.stringify({ ...centre, procedures }));
    await expect(openCentreConfig(file, { demo: false })).rejects.toThrow(
      `procedures.${index}.fees.1.name: trùng với một lệ phí khác (Lệ phí)`,
    );
  });
});
