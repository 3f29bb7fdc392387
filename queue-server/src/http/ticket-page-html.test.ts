import { describe, expect, it } from 'vitest';
import {
  renderBusyTicketPage,
  renderTicketPage,
  renderUnknownTicketPage,
  type TicketPageModel,
} from './ticket-page-html';

const waiting: TicketPageModel = {
  centreName: 'Trung tâm Phục vụ hành chính công phường Bến Nghé',
  centreNameEn: 'Ben Nghe Ward Public Administrative Service Centre',
  number: 'A025',
  serviceName: 'Hộ tịch',
  serviceNameEn: 'Civil status',
  state: 'waiting',
  position: { peopleAhead: 3, estimatedWaitMinutes: 18 },
  counterNumber: null,
  otherDay: null,
  updatedAt: '09:41',
};
const statusOf = (html: string): string =>
  /<p class="status" role="status">([^<]*)</.exec(html)?.[1] ?? '';

describe('ticket tracking page', () => {
  it('shows a waiting ticket with its place and wait, and reloads itself', () => {
    const html = renderTicketPage(waiting);
    expect(html).toContain('<p class="number">A025</p>');
    expect(statusOf(html)).toBe('Còn 3 người đang chờ trước bạn, dự kiến khoảng 18\u00a0phút.');
    expect(html).toContain('3 people ahead of you, about 18\u00a0min.');
    expect(html).toContain('<meta http-equiv="refresh" content="30">');
    expect(html).toContain('<html lang="vi">');
  });

  it.each<[string, Partial<TicketPageModel>, string, boolean]>([
    [
      'next in line',
      { position: { peopleAhead: 0, estimatedWaitMinutes: 0 } },
      'Bạn sắp được mời. Vui lòng chú ý màn hình và loa gọi số.',
      true,
    ],
    [
      'no estimate yet',
      { position: { peopleAhead: 2, estimatedWaitMinutes: null } },
      'Còn 2 người đang chờ trước bạn.',
      true,
    ],
    ['called', { state: 'called', position: null, counterNumber: 2 }, 'Mời bạn đến Quầy 2.', true],
    [
      'served now',
      { state: 'serving', position: null, counterNumber: 2 },
      'Bạn đang được phục vụ tại Quầy 2.',
      true,
    ],
    ['done', { state: 'done', position: null }, 'Đã phục vụ xong. Cảm ơn bạn!', false],
    [
      'absent when called',
      { state: 'no-show', position: null },
      'Số đã được mời nhưng bạn vắng mặt. Vui lòng liên hệ quầy hướng dẫn.',
      false,
    ],
    ['cancelled', { state: 'cancelled', position: null }, 'Số này đã bị hủy.', false],
    [
      'of another day',
      { otherDay: '25/11/2026' },
      'Số này của ngày 25/11/2026, không còn hiệu lực hôm nay.',
      false,
    ],
  ])(
    'says so for a ticket %s, reloading only while it can move',
    (_label, changes, status, reloads) => {
      const html = renderTicketPage({ ...waiting, ...changes });
      expect(statusOf(html)).toBe(status);
      expect(html.includes('http-equiv="refresh"')).toBe(reloads);
    },
  );

  it('escapes what comes from the configuration', () => {
    const html = renderTicketPage({ ...waiting, serviceName: '<script>alert(1)</script> & "x"' });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('has a page for an address that names no ticket', () => {
    expect(statusOf(renderUnknownTicketPage('Trung tâm'))).toBe(
      'Vui lòng kiểm tra lại phiếu, hoặc hỏi quầy hướng dẫn.',
    );
  });

  it('has a page for a network that opened it too often, which reloads itself', () => {
    const html = renderBusyTicketPage('Trung tâm <A>', 42);
    expect(html).toContain('<h1>Vui lòng thử lại sau 42 giây</h1>');
    expect(statusOf(html)).toBe(
      'Trang được mở quá nhiều lần từ mạng này. Số thứ tự của bạn vẫn giữ nguyên.',
    );
    expect(html).toContain('Trung tâm &lt;A&gt;');
    expect(html).toContain('http-equiv="refresh"');
  });
});
