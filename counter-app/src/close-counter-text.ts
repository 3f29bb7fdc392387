import type { Service } from '@openops/protocol';
import type { CloseCounterNotice } from './close-counter-notice';

/** Picks the Vietnamese or the English of a pair (see `useText`). */
type Tx = (vi: string, en: string) => string;

/** "1 citizen is" / "3 citizens are": the English count with its verb. */
const citizensEn = (count: number, singular: string, plural: string): string =>
  count === 1 ? `1 citizen ${singular}` : `${count} citizens ${plural}`;

/**
 * The numbers known of the tickets transferred here, in brackets. The waiting list holds a
 * screenful, so they may be only some of them: "(trong đó có B001, …)" then, never a list that
 * reads as complete.
 */
const listedNumbers = (tx: Tx, numbers: readonly string[], count: number): string => {
  if (numbers.length === 0) return '';
  const list = numbers.join(', ');
  return numbers.length >= count
    ? ` (${list})`
    : tx(` (trong đó có ${list}, …)`, ` (among them ${list}, …)`);
};

/**
 * What the close dialog says, one paragraph each, in the officer's language: what the server
 * does on closing, and, for each queue that no other open counter serves, that its
 * citizens will wait until a counter opens rather than that another counter will call them.
 */
export const closeCounterText = (
  notice: CloseCounterNotice,
  services: readonly Service[],
  tx: Tx,
): string[] => {
  const nameOf = (serviceId: string): string => {
    const service = services.find((candidate) => candidate.id === serviceId);
    return service ? tx(service.name, service.nameEn) : serviceId;
  };
  const { currentNumber, waitingForServices: covered, transferredHere: moved } = notice;
  const paragraphs: string[] = [];
  if (currentNumber !== null) {
    paragraphs.push(
      tx(
        `Công dân số ${currentNumber} đang ở quầy. Hãy hoàn thành, ghi vắng mặt, chuyển hoặc trả số này về hàng chờ trước: máy chủ không cho đóng quầy khi còn số đang phục vụ.`,
        `Number ${currentNumber} is at the counter. Finish it, mark it as a no-show, transfer it or return it to the queue first: the server does not close a counter while a number is at it.`,
      ),
    );
  }
  if (covered > 0) {
    const names = notice.coveredServiceIds.map(nameOf).join(', ');
    paragraphs.push(
      names
        ? tx(
            `${covered} công dân đang chờ dịch vụ ${names}, còn quầy khác đang mở. Đóng quầy không làm họ mất lượt: họ vẫn ở trong hàng chờ, giữ nguyên thứ tự, để các quầy khác phục vụ cùng dịch vụ gọi.`,
            `${citizensEn(covered, 'is', 'are')} waiting for ${names}, which other counters are open for. Closing does not cost them their turn: they stay in the queue, in the same order, for the other counters serving those services to call.`,
          )
        : tx(
            `${covered} công dân đang chờ các dịch vụ của quầy này. Đóng quầy không làm họ mất lượt: họ vẫn ở trong hàng chờ, giữ nguyên thứ tự, để các quầy khác phục vụ cùng dịch vụ gọi.`,
            `${citizensEn(covered, 'is', 'are')} waiting for this counter’s services. Closing does not cost them their turn: they stay in the queue, in the same order, for the other counters serving those services to call.`,
          ),
    );
  }
  notice.uncalled.forEach(({ serviceId, waiting }) => {
    const name = nameOf(serviceId);
    paragraphs.push(
      tx(
        `Không còn quầy nào khác đang mở cho dịch vụ ${name}: ${waiting} công dân sẽ chờ đến khi có quầy mở.`,
        `No other counter is open for ${name}: ${waiting === 1 ? '1 citizen' : `${waiting} citizens`} will wait until a counter opens.`,
      ),
    );
  });
  if (moved > 0) {
    const listed = listedNumbers(tx, notice.transferredHereNumbers, moved);
    const uncalled = notice.transferredHereUncalled;
    const [these, theseEn] =
      moved === 1 ? ['số này', 'this number'] : ['các số này', 'these numbers'];
    const tail =
      uncalled === 0
        ? tx(
            ', để các quầy khác phục vụ dịch vụ đó gọi.',
            ', for the other counters serving it to call.',
          )
        : uncalled >= moved
          ? tx(
              `, nhưng không còn quầy nào khác đang mở cho dịch vụ đó: ${moved === 1 ? 'công dân này' : 'họ'} sẽ chờ đến khi có quầy mở.`,
              `, but no other counter is open for it: ${moved === 1 ? 'the citizen' : 'they'} will wait until a counter opens.`,
            )
          : tx(
              `, để các quầy khác phục vụ dịch vụ đó gọi; riêng ${uncalled} công dân chờ dịch vụ không còn quầy nào khác đang mở, sẽ chờ đến khi có quầy mở.`,
              `, for the other counters serving it to call; but ${citizensEn(uncalled, 'waits', 'wait')} for a service no other counter is open for, until a counter opens.`,
            );
    paragraphs.push(
      tx(
        `${moved} công dân được chuyển riêng cho quầy này${listed}. Khi đóng quầy, ${these} được trả về hàng chờ của dịch vụ, giữ nguyên thứ tự${tail}`,
        `${citizensEn(moved, 'was', 'were')} transferred to this counter itself${listed}. Closing puts ${theseEn} back in the service’s queue, in the same place${tail}`,
      ),
    );
  }
  if (paragraphs.length === 0) {
    paragraphs.push(
      tx('Không còn ai chờ quầy này.', 'Nobody is waiting for this counter any more.'),
    );
  }
  return paragraphs;
};
