import { describe, expect, it } from 'vitest';
import type { Counter, Service } from '@openops/protocol';
import { actionNoticeText, type NoticeNames } from './action-notice';

const names: NoticeNames = {
  services: [
    {
      id: 'chung-thuc',
      name: 'Chứng thực',
      nameEn: 'Certification',
      prefix: 'B',
      dailyLimit: null,
    } satisfies Service,
  ],
  counters: [
    { id: 'quay-3', number: 3, name: 'Quầy 3', serviceIds: ['chung-thuc'], zone: 'z' },
  ] satisfies Counter[],
};

describe('what the screen confirms after an action', () => {
  it('names the ticket a no-show or a return was about', () => {
    expect(actionNoticeText({ kind: 'no-show', number: 'A003' }, names, 'vi')).toBe(
      'Đã ghi vắng mặt số A003.',
    );
    expect(actionNoticeText({ kind: 'returned', number: 'A005' }, names, 'vi')).toBe(
      'Đã trả số A005 về hàng chờ.',
    );
    expect(actionNoticeText({ kind: 'returned', number: 'A005' }, names, 'en')).toBe(
      'A005 returned to the queue.',
    );
  });

  it('says where a ticket was transferred, by name, in the language on screen', () => {
    const toCounter = {
      kind: 'transferred',
      number: 'A004',
      toServiceId: null,
      toCounterId: 'quay-3',
    } as const;
    expect(actionNoticeText(toCounter, names, 'vi')).toBe('Đã chuyển số A004 sang Quầy 3.');
    const both = { ...toCounter, toServiceId: 'chung-thuc' };
    expect(actionNoticeText(both, names, 'vi')).toBe(
      'Đã chuyển số A004 sang dịch vụ Chứng thực, Quầy 3.',
    );
    expect(actionNoticeText(both, names, 'en')).toBe('A004 transferred to Certification, Quầy 3.');
  });

  it('says a scan was not recognised, and asks for a badly read card again', () => {
    expect(actionNoticeText({ kind: 'scan-unreadable', cardLike: false }, names, 'vi')).toBe(
      'Không nhận ra mã vừa quét: đây không phải CCCD, mã hồ sơ hay phiếu số thứ tự.',
    );
    expect(actionNoticeText({ kind: 'scan-unreadable', cardLike: true }, names, 'vi')).toBe(
      'Không đọc được thẻ CCCD vừa quét: vui lòng quét lại.',
    );
  });
});
