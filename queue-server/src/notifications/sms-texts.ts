/**
 * Texts sent to citizens, Vietnamese with tone marks (sent as Unicode SMS): an unaccented
 * text reads ambiguously ("ho so" could be several words), and every Vietnamese phone shows them.
 */
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

export const ticketNearText = (centreName: string, ticketNumber: string, ahead: number): string =>
  ahead === 0
    ? `${clip(centreName, 120)}: Số ${ticketNumber} của Quý khách là lượt tiếp theo. Vui lòng có mặt tại khu vực chờ.`
    : `${clip(centreName, 120)}: Số ${ticketNumber} của Quý khách còn ${ahead} lượt nữa đến quầy. Vui lòng có mặt tại khu vực chờ.`;

export const dossierReadyText = (
  centreName: string,
  dossierCode: string,
  procedureName: string,
): string =>
  `${clip(centreName, 120)}: Hồ sơ ${dossierCode} (${clip(procedureName, 80)}) đã có kết quả. Mời Quý khách đến nhận, mang theo giấy tiếp nhận.`;

/** `slot`: the slot's local time and day as the citizen booked it, `09:30 ngày 26/11/2026`. */
export const appointmentCancelledText = (centreName: string, code: string, slot: string): string =>
  `${clip(centreName, 120)}: Lịch hẹn ${code} lúc ${slot} của Quý khách đã bị hủy. Vui lòng đặt lịch khác hoặc liên hệ trung tâm.`;
