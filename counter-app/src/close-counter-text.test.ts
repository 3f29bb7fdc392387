import { describe, expect, it } from 'vitest';
import type { Service } from '@openops/protocol';
import { nobodyLeft, type CloseCounterNotice } from './close-counter-notice';
import { closeCounterText } from './close-counter-text';

const vi = (text: string): string => text;
const en = (_vi: string, text: string): string => text;

const services: Service[] = [
  { id: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status', prefix: 'A', dailyLimit: null },
  { id: 'chung-thuc', name: 'Chứng thực', nameEn: 'Certification', prefix: 'B', dailyLimit: null },
];

const notice = (part: Partial<CloseCounterNotice>): CloseCounterNotice => ({
  ...nobodyLeft,
  ...part,
});

describe('closeCounterText', () => {
  it('promises other counters only while another counter serves the services', () => {
    const text = closeCounterText(
      notice({ waitingForServices: 2, transferredHere: 1, transferredHereNumbers: ['B001'] }),
      services,
      vi,
    );
    expect(text).toEqual([
      '2 công dân đang chờ các dịch vụ của quầy này. Đóng quầy không làm họ mất lượt: họ vẫn ở trong hàng chờ, giữ nguyên thứ tự, để các quầy khác phục vụ cùng dịch vụ gọi.',
      '1 công dân được chuyển riêng cho quầy này (B001). Khi đóng quầy, số này được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự, để các quầy khác phục vụ dịch vụ đó gọi.',
    ]);
  });

  it('says who will wait for a counter to open when this is the last one for a service', () => {
    const lastForCivilStatus = notice({
      waitingForServices: 1,
      coveredServiceIds: ['chung-thuc'],
      uncalled: [{ serviceId: 'ho-tich', waiting: 3 }],
      transferredHere: 1,
      transferredHereUncalled: 1,
      transferredHereNumbers: ['A004'],
    });
    expect(closeCounterText(lastForCivilStatus, services, vi)).toEqual([
      '1 công dân đang chờ dịch vụ Chứng thực, còn quầy khác đang mở. Đóng quầy không làm họ mất lượt: họ vẫn ở trong hàng chờ, giữ nguyên thứ tự, để các quầy khác phục vụ cùng dịch vụ gọi.',
      'Không còn quầy nào khác đang mở cho dịch vụ Hộ tịch: 3 công dân sẽ chờ đến khi có quầy mở.',
      '1 công dân được chuyển riêng cho quầy này (A004). Khi đóng quầy, số này được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự, nhưng không còn quầy nào khác đang mở cho dịch vụ đó: công dân này sẽ chờ đến khi có quầy mở.',
    ]);
    expect(closeCounterText(lastForCivilStatus, services, en)).toEqual([
      '1 citizen is waiting for Certification, which other counters are open for. Closing does not cost them their turn: they stay in the queue, in the same order, for the other counters serving those services to call.',
      'No other counter is open for Civil status: 3 citizens will wait until a counter opens.',
      '1 citizen was transferred to this counter itself (A004). Closing puts this number back in the service’s queue, in the same place, but no other counter is open for it: the citizen will wait until a counter opens.',
    ]);
  });

  it('tells apart transferred citizens another counter will call from those it will not', () => {
    const [text] = closeCounterText(
      notice({
        transferredHere: 3,
        transferredHereUncalled: 1,
        transferredHereNumbers: ['B001', 'A004', 'B002'],
      }),
      services,
      vi,
    );
    expect(text).toBe(
      '3 công dân được chuyển riêng cho quầy này (B001, A004, B002). Khi đóng quầy, các số này được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự, để các quầy khác phục vụ dịch vụ đó gọi; riêng 1 công dân chờ dịch vụ không còn quầy nào khác đang mở, sẽ chờ đến khi có quầy mở.',
    );
  });

  it('never lists some of the transferred numbers as if they were all', () => {
    // The waiting list holds a screenful: two of the three transferred here are on it.
    const partial = notice({ transferredHere: 3, transferredHereNumbers: ['B001', 'B002'] });
    expect(closeCounterText(partial, services, vi)[0]).toMatch(
      /^3 công dân được chuyển riêng cho quầy này \(trong đó có B001, B002, …\)\. /,
    );
    expect(closeCounterText(partial, services, en)[0]).toMatch(
      /^3 citizens were transferred to this counter itself \(among them B001, B002, …\)\. /,
    );
    // None listed: no brackets at all.
    expect(closeCounterText(notice({ transferredHere: 2 }), services, vi)[0]).toMatch(
      /^2 công dân được chuyển riêng cho quầy này\. /,
    );
  });

  it('names the number at the counter, and says when nobody is left', () => {
    expect(closeCounterText(notice({ currentNumber: 'A001' }), services, vi)[0]).toMatch(
      /^Công dân số A001 đang ở quầy\. .*máy chủ không cho đóng quầy/,
    );
    expect(closeCounterText(nobodyLeft, services, en)).toEqual([
      'Nobody is waiting for this counter any more.',
    ]);
  });
});
