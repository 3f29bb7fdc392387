import type { FloorCounter, Ticket } from '@openops/protocol';

const ticketStateNames: Record<string, string> = {
  called: 'đang mời',
  serving: 'đang phục vụ',
};

/**
 * Whether a supervisor may free the counter: open or paused, held by an officer (who may have
 * signed out without closing it, so nobody else can open it).
 */
export const isReleasable = (counter: FloorCounter): boolean =>
  counter.state !== 'closed' && counter.officerId !== null;

/** The confirmation's title and sentences: who holds the counter, who goes back to the queue. */
export const releaseQuestion = (counter: FloorCounter): { title: string; lines: string[] } => {
  const officer = counter.officerName ?? counter.officerId ?? 'không rõ';
  const state = counter.state === 'paused' ? 'đang tạm dừng' : 'đang mở';
  const current = counter.current;
  return {
    title: `Giải phóng ${counter.name}?`,
    lines: [
      `${counter.name} ${state}, do cán bộ ${officer} giữ.`,
      current
        ? `Số ${current.number} (${ticketStateNames[current.state] ?? current.state}) sẽ trở lại hàng chờ, ở đúng vị trí cũ.`
        : 'Không có số nào đang ở quầy.',
      `${counter.name} sẽ đóng để cán bộ khác mở được.`,
    ],
  };
};

/** What the release did: "Đã giải phóng Quầy 1; số A009 trở lại hàng chờ." */
export const releaseOutcome = (counterName: string, returned: readonly Ticket[]): string => {
  const numbers = returned.map((ticket) => ticket.number);
  if (numbers.length === 0) {
    return `Đã giải phóng ${counterName}; không có số nào phải trả lại hàng chờ.`;
  }
  return numbers.length === 1
    ? `Đã giải phóng ${counterName}; số ${numbers.join('')} trở lại hàng chờ.`
    : `Đã giải phóng ${counterName}; các số ${numbers.join(', ')} trở lại hàng chờ.`;
};
