import { assertNever, type TicketState } from '@openops/protocol';

/** Everything the tracking page shows about one ticket; plain data, so the page is tested alone. */
export type TicketPageModel = {
  centreName: string;
  centreNameEn: string;
  number: string;
  serviceName: string;
  serviceNameEn: string;
  state: TicketState;
  /** Set while it waits. */
  position: { peopleAhead: number; estimatedWaitMinutes: number | null } | null;
  /** The number of the counter it is called to or served at, as displays show it. */
  counterNumber: number | null;
  /** `dd/mm/yyyy` of its business day when that is not today, else null. */
  otherDay: string | null;
  /** `HH:MM` local time of this answer. */
  updatedAt: string;
};

/** How often the page reloads itself while the ticket can still move. Default 30 s. */
export const ticketPageRefreshSeconds = 30;

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

type Status = { vi: string; en: string; live: boolean };

const waitingStatus = (position: TicketPageModel['position']): Status => {
  const ahead = position?.peopleAhead ?? 0;
  const minutes = position?.estimatedWaitMinutes ?? null;
  if (ahead === 0) {
    return {
      vi: 'Bạn sắp được mời. Vui lòng chú ý màn hình và loa gọi số.',
      en: 'You are next. Please watch the screens and listen for your number.',
      live: true,
    };
  }
  const known = minutes !== null && minutes > 0;
  // A no-break space keeps "34 phút" together on a narrow phone.
  return {
    vi: `Còn ${ahead} người đang chờ trước bạn${known ? `, dự kiến khoảng ${minutes}\u00a0phút` : ''}.`,
    en: `${ahead} ${ahead === 1 ? 'person' : 'people'} ahead of you${known ? `, about ${minutes}\u00a0min` : ''}.`,
    live: true,
  };
};

const statusOf = (model: TicketPageModel): Status => {
  if (model.otherDay) {
    return {
      vi: `Số này của ngày ${model.otherDay}, không còn hiệu lực hôm nay.`,
      en: `This ticket was for ${model.otherDay}; it is no longer valid.`,
      live: false,
    };
  }
  const counter = {
    vi: model.counterNumber === null ? 'quầy' : `Quầy ${model.counterNumber}`,
    en: model.counterNumber === null ? 'the counter' : `counter ${model.counterNumber}`,
  };
  switch (model.state) {
    case 'waiting':
      return waitingStatus(model.position);
    case 'called':
      return { vi: `Mời bạn đến ${counter.vi}.`, en: `Please go to ${counter.en}.`, live: true };
    case 'serving':
      return {
        vi: `Bạn đang được phục vụ tại ${counter.vi}.`,
        en: `You are being served at ${counter.en}.`,
        live: true,
      };
    case 'done':
      return { vi: 'Đã phục vụ xong. Cảm ơn bạn!', en: 'Served. Thank you!', live: false };
    case 'no-show':
      return {
        vi: 'Số đã được mời nhưng bạn vắng mặt. Vui lòng liên hệ quầy hướng dẫn.',
        en: 'Your number was called while you were away. Please ask at the help desk.',
        live: false,
      };
    case 'cancelled':
      return { vi: 'Số này đã bị hủy.', en: 'This ticket was cancelled.', live: false };
    default:
      return assertNever(model.state);
  }
};

const page = (title: string, body: string, refresh: boolean): string => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? `<meta http-equiv="refresh" content="${ticketPageRefreshSeconds}">\n` : ''}<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; background: #f3f6fb; color: #0c1b2e; }
main { max-width: 28rem; margin: 0 auto; padding: 1.5rem 1rem; text-align: center; }
.number { font-size: 4.5rem; font-weight: 800; color: #a3111f; margin: 0.25rem 0; }
.status { font-size: 1.4rem; font-weight: 600; margin: 1rem 0 0.25rem; }
.en, .updated, footer { color: #3d4f66; }
footer { margin-top: 2rem; font-size: 0.9rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

/** The page a citizen's phone opens from the QR on a queue ticket. */
export const renderTicketPage = (model: TicketPageModel): string => {
  const status = statusOf(model);
  const title = `Số ${escapeHtml(model.number)} – ${escapeHtml(model.centreName)}`;
  const body = `<h1>Số thứ tự của bạn <span lang="en" class="en">/ Your number</span></h1>
<p class="number">${escapeHtml(model.number)}</p>
<p class="service">${escapeHtml(model.serviceName)} <span lang="en" class="en">(${escapeHtml(model.serviceNameEn)})</span></p>
<p class="status" role="status">${escapeHtml(status.vi)}</p>
<p class="en" lang="en">${escapeHtml(status.en)}</p>
<p class="updated">Cập nhật lúc ${escapeHtml(model.updatedAt)}${status.live ? ` · tự làm mới sau ${ticketPageRefreshSeconds} giây` : ''}</p>
<footer>${escapeHtml(model.centreName)}<br><span lang="en">${escapeHtml(model.centreNameEn)}</span></footer>`;
  return page(title, body, status.live);
};

/** The page for an address that names no ticket of this centre. */
export const renderUnknownTicketPage = (centreName: string): string =>
  page(
    `Không tìm thấy số – ${escapeHtml(centreName)}`,
    `<h1>Không tìm thấy số thứ tự này</h1>
<p class="status" role="status">Vui lòng kiểm tra lại phiếu, hoặc hỏi quầy hướng dẫn.</p>
<p class="en" lang="en">No such ticket. Please check your slip or ask at the help desk.</p>
<footer>${escapeHtml(centreName)}</footer>`,
    false,
  );

/** Too many page loads from this network address: try again in `retryAfterSeconds`. */
export const renderBusyTicketPage = (centreName: string, retryAfterSeconds: number): string =>
  page(
    `Vui lòng thử lại sau – ${escapeHtml(centreName)}`,
    `<h1>Vui lòng thử lại sau ${retryAfterSeconds} giây</h1>
<p class="status" role="status">Trang được mở quá nhiều lần từ mạng này. Số thứ tự của bạn vẫn giữ nguyên.</p>
<p class="en" lang="en">This page was opened too often from your network. Please try again in ${retryAfterSeconds} s; your place in the queue is kept.</p>
<footer>${escapeHtml(centreName)}</footer>`,
    // Reloads itself, so the phone comes back to the ticket without a tap.
    true,
  );
