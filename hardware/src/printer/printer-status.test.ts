import { describe, expect, it } from 'vitest';
import type { DeviceFault } from '@openops/protocol';
import { faultsFromStatus, isStatusByte, statusBytesFor } from './printer-status';

describe('DLE EOT status', () => {
  it('reads an idle printer as fault-free', () => {
    expect(faultsFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x12 })).toEqual([]);
  });

  it('reads Epson paper-out, cover-open and near-end bits', () => {
    expect(faultsFromStatus({ printer: 0x1a, offlineCause: 0x32, paper: 0x72 })).toEqual([
      'paper-out',
    ]);
    expect(faultsFromStatus({ printer: 0x1a, offlineCause: 0x16, paper: 0x12 })).toEqual([
      'cover-open',
    ]);
    expect(faultsFromStatus({ printer: 0x12, offlineCause: 0x12, paper: 0x1e })).toEqual([
      'paper-near-end',
    ]);
    expect(faultsFromStatus({ printer: 0x1a, offlineCause: 0x12, paper: 0x12 })).toEqual([
      'offline',
    ]);
  });

  it.each<DeviceFault[]>([
    [],
    ['paper-out'],
    ['cover-open'],
    ['paper-near-end'],
    ['cover-open', 'paper-near-end'],
  ])('round-trips %j', (...faults) => {
    expect(faultsFromStatus(statusBytesFor(faults)).sort()).toEqual([...faults].sort());
  });

  it('tells status bytes from noise', () => {
    expect(isStatusByte(0x12)).toBe(true);
    expect(isStatusByte(0x72)).toBe(true);
    expect(isStatusByte(0x00)).toBe(false);
    expect(isStatusByte(0xff)).toBe(false);
    expect(isStatusByte(0x41)).toBe(false);
  });
});
