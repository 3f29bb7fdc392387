import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './escpos-decoder';
import { renderDocument } from './render-document';
import { sampleTicket } from './sample-documents';
import { ticketWaitLines } from './ticket-renderer';

const rastersOf = (bytes: Uint8Array): number =>
  decodeEscPos(bytes).filter((op) => op.op === 'raster').length;

describe('a ticket slip', () => {
  it('says the turn is near when nobody is ahead, as the kiosk screen does', () => {
    expect(ticketWaitLines({ peopleAhead: 0, estimatedWaitMinutes: 0 })).toEqual([
      'Bạn sắp được gọi, vui lòng chú ý màn hình',
    ]);
  });

  it('prints people ahead and an estimate only when there is one', () => {
    expect(ticketWaitLines({ peopleAhead: 7, estimatedWaitMinutes: 21 })).toEqual([
      'Số người đang chờ trước\u00a0bạn:\u00a07',
      'Thời gian chờ dự kiến: khoảng\u00a021\u00a0phút',
    ]);
    expect(ticketWaitLines({ peopleAhead: 2, estimatedWaitMinutes: null })).toHaveLength(1);
    expect(ticketWaitLines({ peopleAhead: 2, estimatedWaitMinutes: 0 })).toHaveLength(1);
  });

  it('prints the priority group under the service, for the officer who checks it', () => {
    const normal = rastersOf(renderDocument(sampleTicket));
    const priority = rastersOf(renderDocument({ ...sampleTicket, priorityName: 'Người cao tuổi' }));
    expect(priority).toBe(normal + 1);
  });
});
